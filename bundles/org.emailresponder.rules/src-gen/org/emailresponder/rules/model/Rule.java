/**
 */
package org.emailresponder.rules.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emailresponder.rules.model.Rule#getName <em>Name</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.Rule#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.Rule#isMatchAll <em>Match All</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.Rule#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.Rule#getExceptions <em>Exceptions</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.Rule#getActions <em>Actions</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.Rule#isStopProcessing <em>Stop Processing</em>}</li>
 * </ul>
 *
 * @see org.emailresponder.rules.model.RulesPackage#getRule()
 * @model
 * @generated
 */
public interface Rule extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.emailresponder.rules.model.RulesPackage#getRule_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.Rule#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.emailresponder.rules.model.RulesPackage#getRule_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.Rule#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Match All</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True: every condition must match; false: any one. A rule without conditions matches every message.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Match All</em>' attribute.
	 * @see #setMatchAll(boolean)
	 * @see org.emailresponder.rules.model.RulesPackage#getRule_MatchAll()
	 * @model default="true"
	 * @generated
	 */
	boolean isMatchAll();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.Rule#isMatchAll <em>Match All</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Match All</em>' attribute.
	 * @see #isMatchAll()
	 * @generated
	 */
	void setMatchAll(boolean value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link org.emailresponder.rules.model.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see org.emailresponder.rules.model.RulesPackage#getRule_Conditions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Condition> getConditions();

	/**
	 * Returns the value of the '<em><b>Exceptions</b></em>' containment reference list.
	 * The list contents are of type {@link org.emailresponder.rules.model.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rule does not apply when any exception matches.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exceptions</em>' containment reference list.
	 * @see org.emailresponder.rules.model.RulesPackage#getRule_Exceptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Condition> getExceptions();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.emailresponder.rules.model.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.emailresponder.rules.model.RulesPackage#getRule_Actions()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<Action> getActions();

	/**
	 * Returns the value of the '<em><b>Stop Processing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stop Processing</em>' attribute.
	 * @see #setStopProcessing(boolean)
	 * @see org.emailresponder.rules.model.RulesPackage#getRule_StopProcessing()
	 * @model
	 * @generated
	 */
	boolean isStopProcessing();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.Rule#isStopProcessing <em>Stop Processing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop Processing</em>' attribute.
	 * @see #isStopProcessing()
	 * @generated
	 */
	void setStopProcessing(boolean value);

} // Rule
