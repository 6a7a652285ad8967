/**
 */
package org.emailresponder.rules.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fact Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Matches an analysis fact (category, product, language, order number...) with at least the given confidence; without a value any value of the key matches.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emailresponder.rules.model.FactCondition#getKey <em>Key</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.FactCondition#getValue <em>Value</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.FactCondition#getMinConfidence <em>Min Confidence</em>}</li>
 * </ul>
 *
 * @see org.emailresponder.rules.model.RulesPackage#getFactCondition()
 * @model
 * @generated
 */
public interface FactCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.emailresponder.rules.model.RulesPackage#getFactCondition_Key()
	 * @model required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.FactCondition#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.emailresponder.rules.model.RulesPackage#getFactCondition_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.FactCondition#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Min Confidence</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Confidence</em>' attribute.
	 * @see #setMinConfidence(double)
	 * @see org.emailresponder.rules.model.RulesPackage#getFactCondition_MinConfidence()
	 * @model default="0.0" dataType="org.emailresponder.rules.model.Confidence"
	 * @generated
	 */
	double getMinConfidence();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.FactCondition#getMinConfidence <em>Min Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Confidence</em>' attribute.
	 * @see #getMinConfidence()
	 * @generated
	 */
	void setMinConfidence(double value);

} // FactCondition
