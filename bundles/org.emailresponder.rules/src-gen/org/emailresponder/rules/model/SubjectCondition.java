/**
 */
package org.emailresponder.rules.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subject Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.emailresponder.rules.model.RulesPackage#getSubjectCondition()
 * @model
 * @generated
 */
public interface SubjectCondition extends TextCondition {
} // SubjectCondition
