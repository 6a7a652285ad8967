/**
 */
package org.emailresponder.rules.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.emailresponder.rules.model.RulesPackage;
import org.emailresponder.rules.model.TimeCondition;
import org.emailresponder.rules.model.Weekday;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Time Condition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.emailresponder.rules.model.impl.TimeConditionImpl#getWeekdays <em>Weekdays</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.impl.TimeConditionImpl#getFromHour <em>From Hour</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.impl.TimeConditionImpl#getToHour <em>To Hour</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.impl.TimeConditionImpl#getTimeZone <em>Time Zone</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TimeConditionImpl extends ConditionImpl implements TimeCondition {
	/**
	 * The cached value of the '{@link #getWeekdays() <em>Weekdays</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeekdays()
	 * @generated
	 * @ordered
	 */
	protected EList<Weekday> weekdays;

	/**
	 * The default value of the '{@link #getFromHour() <em>From Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromHour()
	 * @generated
	 * @ordered
	 */
	protected static final int FROM_HOUR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFromHour() <em>From Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromHour()
	 * @generated
	 * @ordered
	 */
	protected int fromHour = FROM_HOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getToHour() <em>To Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToHour()
	 * @generated
	 * @ordered
	 */
	protected static final int TO_HOUR_EDEFAULT = 24;

	/**
	 * The cached value of the '{@link #getToHour() <em>To Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToHour()
	 * @generated
	 * @ordered
	 */
	protected int toHour = TO_HOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_ZONE_EDEFAULT = "UTC";

	/**
	 * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected String timeZone = TIME_ZONE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TimeConditionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RulesPackage.Literals.TIME_CONDITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Weekday> getWeekdays() {
		if (weekdays == null) {
			weekdays = new EDataTypeUniqueEList<Weekday>(Weekday.class, this, RulesPackage.TIME_CONDITION__WEEKDAYS);
		}
		return weekdays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFromHour() {
		return fromHour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromHour(int newFromHour) {
		int oldFromHour = fromHour;
		fromHour = newFromHour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.TIME_CONDITION__FROM_HOUR, oldFromHour, fromHour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getToHour() {
		return toHour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToHour(int newToHour) {
		int oldToHour = toHour;
		toHour = newToHour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.TIME_CONDITION__TO_HOUR, oldToHour, toHour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeZone() {
		return timeZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeZone(String newTimeZone) {
		String oldTimeZone = timeZone;
		timeZone = newTimeZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.TIME_CONDITION__TIME_ZONE, oldTimeZone, timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RulesPackage.TIME_CONDITION__WEEKDAYS:
				return getWeekdays();
			case RulesPackage.TIME_CONDITION__FROM_HOUR:
				return getFromHour();
			case RulesPackage.TIME_CONDITION__TO_HOUR:
				return getToHour();
			case RulesPackage.TIME_CONDITION__TIME_ZONE:
				return getTimeZone();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RulesPackage.TIME_CONDITION__WEEKDAYS:
				getWeekdays().clear();
				getWeekdays().addAll((Collection<? extends Weekday>)newValue);
				return;
			case RulesPackage.TIME_CONDITION__FROM_HOUR:
				setFromHour((Integer)newValue);
				return;
			case RulesPackage.TIME_CONDITION__TO_HOUR:
				setToHour((Integer)newValue);
				return;
			case RulesPackage.TIME_CONDITION__TIME_ZONE:
				setTimeZone((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RulesPackage.TIME_CONDITION__WEEKDAYS:
				getWeekdays().clear();
				return;
			case RulesPackage.TIME_CONDITION__FROM_HOUR:
				setFromHour(FROM_HOUR_EDEFAULT);
				return;
			case RulesPackage.TIME_CONDITION__TO_HOUR:
				setToHour(TO_HOUR_EDEFAULT);
				return;
			case RulesPackage.TIME_CONDITION__TIME_ZONE:
				setTimeZone(TIME_ZONE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RulesPackage.TIME_CONDITION__WEEKDAYS:
				return weekdays != null && !weekdays.isEmpty();
			case RulesPackage.TIME_CONDITION__FROM_HOUR:
				return fromHour != FROM_HOUR_EDEFAULT;
			case RulesPackage.TIME_CONDITION__TO_HOUR:
				return toHour != TO_HOUR_EDEFAULT;
			case RulesPackage.TIME_CONDITION__TIME_ZONE:
				return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (weekdays: ");
		result.append(weekdays);
		result.append(", fromHour: ");
		result.append(fromHour);
		result.append(", toHour: ");
		result.append(toHour);
		result.append(", timeZone: ");
		result.append(timeZone);
		result.append(')');
		return result.toString();
	}

} //TimeConditionImpl
