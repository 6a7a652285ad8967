/**
 */
package org.emailresponder.rules.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Body Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.emailresponder.rules.model.RulesPackage#getBodyCondition()
 * @model
 * @generated
 */
public interface BodyCondition extends TextCondition {
} // BodyCondition
