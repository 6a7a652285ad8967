/**
 */
package org.emailresponder.rules.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Auto Acknowledge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emailresponder.rules.model.AutoAcknowledge#getTemplateName <em>Template Name</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.AutoAcknowledge#getMaxPerSender <em>Max Per Sender</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.AutoAcknowledge#getPeriodHours <em>Period Hours</em>}</li>
 * </ul>
 *
 * @see org.emailresponder.rules.model.RulesPackage#getAutoAcknowledge()
 * @model
 * @generated
 */
public interface AutoAcknowledge extends Action {
	/**
	 * Returns the value of the '<em><b>Template Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template Name</em>' attribute.
	 * @see #setTemplateName(String)
	 * @see org.emailresponder.rules.model.RulesPackage#getAutoAcknowledge_TemplateName()
	 * @model required="true"
	 * @generated
	 */
	String getTemplateName();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.AutoAcknowledge#getTemplateName <em>Template Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Name</em>' attribute.
	 * @see #getTemplateName()
	 * @generated
	 */
	void setTemplateName(String value);

	/**
	 * Returns the value of the '<em><b>Max Per Sender</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At most this many acknowledgements to one sender per period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Per Sender</em>' attribute.
	 * @see #setMaxPerSender(int)
	 * @see org.emailresponder.rules.model.RulesPackage#getAutoAcknowledge_MaxPerSender()
	 * @model default="1"
	 * @generated
	 */
	int getMaxPerSender();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.AutoAcknowledge#getMaxPerSender <em>Max Per Sender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Per Sender</em>' attribute.
	 * @see #getMaxPerSender()
	 * @generated
	 */
	void setMaxPerSender(int value);

	/**
	 * Returns the value of the '<em><b>Period Hours</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period Hours</em>' attribute.
	 * @see #setPeriodHours(int)
	 * @see org.emailresponder.rules.model.RulesPackage#getAutoAcknowledge_PeriodHours()
	 * @model default="24"
	 * @generated
	 */
	int getPeriodHours();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.AutoAcknowledge#getPeriodHours <em>Period Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Hours</em>' attribute.
	 * @see #getPeriodHours()
	 * @generated
	 */
	void setPeriodHours(int value);

} // AutoAcknowledge
