/**
 */
package org.emailresponder.rules.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Block Sender</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emailresponder.rules.model.BlockSender#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.emailresponder.rules.model.RulesPackage#getBlockSender()
 * @model
 * @generated
 */
public interface BlockSender extends Action {
	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.emailresponder.rules.model.RulesPackage#getBlockSender_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.BlockSender#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // BlockSender
