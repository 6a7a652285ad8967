/**
 */
package org.emailresponder.rules.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Time Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Matches messages received on one of the weekdays (none: every day) between fromHour inclusive and toHour exclusive in the time zone; fromHour greater than toHour spans midnight.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emailresponder.rules.model.TimeCondition#getWeekdays <em>Weekdays</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.TimeCondition#getFromHour <em>From Hour</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.TimeCondition#getToHour <em>To Hour</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.TimeCondition#getTimeZone <em>Time Zone</em>}</li>
 * </ul>
 *
 * @see org.emailresponder.rules.model.RulesPackage#getTimeCondition()
 * @model
 * @generated
 */
public interface TimeCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Weekdays</b></em>' attribute list.
	 * The list contents are of type {@link org.emailresponder.rules.model.Weekday}.
	 * The literals are from the enumeration {@link org.emailresponder.rules.model.Weekday}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weekdays</em>' attribute list.
	 * @see org.emailresponder.rules.model.Weekday
	 * @see org.emailresponder.rules.model.RulesPackage#getTimeCondition_Weekdays()
	 * @model
	 * @generated
	 */
	EList<Weekday> getWeekdays();

	/**
	 * Returns the value of the '<em><b>From Hour</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Hour</em>' attribute.
	 * @see #setFromHour(int)
	 * @see org.emailresponder.rules.model.RulesPackage#getTimeCondition_FromHour()
	 * @model default="0" dataType="org.emailresponder.rules.model.Hour"
	 * @generated
	 */
	int getFromHour();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.TimeCondition#getFromHour <em>From Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Hour</em>' attribute.
	 * @see #getFromHour()
	 * @generated
	 */
	void setFromHour(int value);

	/**
	 * Returns the value of the '<em><b>To Hour</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Hour</em>' attribute.
	 * @see #setToHour(int)
	 * @see org.emailresponder.rules.model.RulesPackage#getTimeCondition_ToHour()
	 * @model default="24" dataType="org.emailresponder.rules.model.Hour"
	 * @generated
	 */
	int getToHour();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.TimeCondition#getToHour <em>To Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Hour</em>' attribute.
	 * @see #getToHour()
	 * @generated
	 */
	void setToHour(int value);

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * The default value is <code>"UTC"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(String)
	 * @see org.emailresponder.rules.model.RulesPackage#getTimeCondition_TimeZone()
	 * @model default="UTC"
	 * @generated
	 */
	String getTimeZone();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.TimeCondition#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(String value);

} // TimeCondition
