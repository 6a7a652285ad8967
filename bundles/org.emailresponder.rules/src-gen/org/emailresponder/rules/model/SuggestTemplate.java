/**
 */
package org.emailresponder.rules.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Suggest Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emailresponder.rules.model.SuggestTemplate#getTemplateName <em>Template Name</em>}</li>
 * </ul>
 *
 * @see org.emailresponder.rules.model.RulesPackage#getSuggestTemplate()
 * @model
 * @generated
 */
public interface SuggestTemplate extends Action {
	/**
	 * Returns the value of the '<em><b>Template Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template Name</em>' attribute.
	 * @see #setTemplateName(String)
	 * @see org.emailresponder.rules.model.RulesPackage#getSuggestTemplate_TemplateName()
	 * @model required="true"
	 * @generated
	 */
	String getTemplateName();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.SuggestTemplate#getTemplateName <em>Template Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Name</em>' attribute.
	 * @see #getTemplateName()
	 * @generated
	 */
	void setTemplateName(String value);

} // SuggestTemplate
