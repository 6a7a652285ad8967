/**
 */
package org.emailresponder.rules.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stop</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.emailresponder.rules.model.RulesPackage#getStop()
 * @model
 * @generated
 */
public interface Stop extends Action {
} // Stop
