/**
 */
package org.emailresponder.rules.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assign To User</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emailresponder.rules.model.AssignToUser#getLogin <em>Login</em>}</li>
 * </ul>
 *
 * @see org.emailresponder.rules.model.RulesPackage#getAssignToUser()
 * @model
 * @generated
 */
public interface AssignToUser extends Action {
	/**
	 * Returns the value of the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Login</em>' attribute.
	 * @see #setLogin(String)
	 * @see org.emailresponder.rules.model.RulesPackage#getAssignToUser_Login()
	 * @model required="true"
	 * @generated
	 */
	String getLogin();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.AssignToUser#getLogin <em>Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Login</em>' attribute.
	 * @see #getLogin()
	 * @generated
	 */
	void setLogin(String value);

} // AssignToUser
