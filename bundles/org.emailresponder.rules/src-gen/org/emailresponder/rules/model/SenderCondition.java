/**
 */
package org.emailresponder.rules.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sender Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.emailresponder.rules.model.RulesPackage#getSenderCondition()
 * @model
 * @generated
 */
public interface SenderCondition extends TextCondition {
} // SenderCondition
