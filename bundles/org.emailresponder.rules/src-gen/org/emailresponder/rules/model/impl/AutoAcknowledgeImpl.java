/**
 */
package org.emailresponder.rules.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.emailresponder.rules.model.AutoAcknowledge;
import org.emailresponder.rules.model.RulesPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Auto Acknowledge</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.emailresponder.rules.model.impl.AutoAcknowledgeImpl#getTemplateName <em>Template Name</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.impl.AutoAcknowledgeImpl#getMaxPerSender <em>Max Per Sender</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.impl.AutoAcknowledgeImpl#getPeriodHours <em>Period Hours</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AutoAcknowledgeImpl extends ActionImpl implements AutoAcknowledge {
	/**
	 * The default value of the '{@link #getTemplateName() <em>Template Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateName()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPLATE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTemplateName() <em>Template Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateName()
	 * @generated
	 * @ordered
	 */
	protected String templateName = TEMPLATE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxPerSender() <em>Max Per Sender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPerSender()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_PER_SENDER_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getMaxPerSender() <em>Max Per Sender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPerSender()
	 * @generated
	 * @ordered
	 */
	protected int maxPerSender = MAX_PER_SENDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodHours() <em>Period Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodHours()
	 * @generated
	 * @ordered
	 */
	protected static final int PERIOD_HOURS_EDEFAULT = 24;

	/**
	 * The cached value of the '{@link #getPeriodHours() <em>Period Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodHours()
	 * @generated
	 * @ordered
	 */
	protected int periodHours = PERIOD_HOURS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AutoAcknowledgeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RulesPackage.Literals.AUTO_ACKNOWLEDGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTemplateName() {
		return templateName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplateName(String newTemplateName) {
		String oldTemplateName = templateName;
		templateName = newTemplateName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.AUTO_ACKNOWLEDGE__TEMPLATE_NAME, oldTemplateName, templateName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxPerSender() {
		return maxPerSender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxPerSender(int newMaxPerSender) {
		int oldMaxPerSender = maxPerSender;
		maxPerSender = newMaxPerSender;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.AUTO_ACKNOWLEDGE__MAX_PER_SENDER, oldMaxPerSender, maxPerSender));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPeriodHours() {
		return periodHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodHours(int newPeriodHours) {
		int oldPeriodHours = periodHours;
		periodHours = newPeriodHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.AUTO_ACKNOWLEDGE__PERIOD_HOURS, oldPeriodHours, periodHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RulesPackage.AUTO_ACKNOWLEDGE__TEMPLATE_NAME:
				return getTemplateName();
			case RulesPackage.AUTO_ACKNOWLEDGE__MAX_PER_SENDER:
				return getMaxPerSender();
			case RulesPackage.AUTO_ACKNOWLEDGE__PERIOD_HOURS:
				return getPeriodHours();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RulesPackage.AUTO_ACKNOWLEDGE__TEMPLATE_NAME:
				setTemplateName((String)newValue);
				return;
			case RulesPackage.AUTO_ACKNOWLEDGE__MAX_PER_SENDER:
				setMaxPerSender((Integer)newValue);
				return;
			case RulesPackage.AUTO_ACKNOWLEDGE__PERIOD_HOURS:
				setPeriodHours((Integer)newValue);
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
			case RulesPackage.AUTO_ACKNOWLEDGE__TEMPLATE_NAME:
				setTemplateName(TEMPLATE_NAME_EDEFAULT);
				return;
			case RulesPackage.AUTO_ACKNOWLEDGE__MAX_PER_SENDER:
				setMaxPerSender(MAX_PER_SENDER_EDEFAULT);
				return;
			case RulesPackage.AUTO_ACKNOWLEDGE__PERIOD_HOURS:
				setPeriodHours(PERIOD_HOURS_EDEFAULT);
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
			case RulesPackage.AUTO_ACKNOWLEDGE__TEMPLATE_NAME:
				return TEMPLATE_NAME_EDEFAULT == null ? templateName != null : !TEMPLATE_NAME_EDEFAULT.equals(templateName);
			case RulesPackage.AUTO_ACKNOWLEDGE__MAX_PER_SENDER:
				return maxPerSender != MAX_PER_SENDER_EDEFAULT;
			case RulesPackage.AUTO_ACKNOWLEDGE__PERIOD_HOURS:
				return periodHours != PERIOD_HOURS_EDEFAULT;
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
		result.append(" (templateName: ");
		result.append(templateName);
		result.append(", maxPerSender: ");
		result.append(maxPerSender);
		result.append(", periodHours: ");
		result.append(periodHours);
		result.append(')');
		return result.toString();
	}

} //AutoAcknowledgeImpl
