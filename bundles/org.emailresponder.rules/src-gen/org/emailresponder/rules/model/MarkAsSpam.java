/**
 */
package org.emailresponder.rules.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mark As Spam</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.emailresponder.rules.model.RulesPackage#getMarkAsSpam()
 * @model
 * @generated
 */
public interface MarkAsSpam extends Action {
} // MarkAsSpam
