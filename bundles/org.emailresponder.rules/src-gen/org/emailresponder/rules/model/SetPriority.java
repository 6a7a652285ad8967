/**
 */
package org.emailresponder.rules.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Set Priority</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emailresponder.rules.model.SetPriority#getPriority <em>Priority</em>}</li>
 * </ul>
 *
 * @see org.emailresponder.rules.model.RulesPackage#getSetPriority()
 * @model
 * @generated
 */
public interface SetPriority extends Action {
	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see org.emailresponder.rules.model.RulesPackage#getSetPriority_Priority()
	 * @model default="5" dataType="org.emailresponder.rules.model.Priority"
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.SetPriority#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

} // SetPriority
