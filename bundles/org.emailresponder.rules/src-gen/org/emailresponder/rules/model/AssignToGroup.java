/**
 */
package org.emailresponder.rules.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assign To Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emailresponder.rules.model.AssignToGroup#getGroupName <em>Group Name</em>}</li>
 * </ul>
 *
 * @see org.emailresponder.rules.model.RulesPackage#getAssignToGroup()
 * @model
 * @generated
 */
public interface AssignToGroup extends Action {
	/**
	 * Returns the value of the '<em><b>Group Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group Name</em>' attribute.
	 * @see #setGroupName(String)
	 * @see org.emailresponder.rules.model.RulesPackage#getAssignToGroup_GroupName()
	 * @model required="true"
	 * @generated
	 */
	String getGroupName();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.AssignToGroup#getGroupName <em>Group Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Name</em>' attribute.
	 * @see #getGroupName()
	 * @generated
	 */
	void setGroupName(String value);

} // AssignToGroup
