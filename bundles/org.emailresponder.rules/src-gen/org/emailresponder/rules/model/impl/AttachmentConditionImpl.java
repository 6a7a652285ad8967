/**
 */
package org.emailresponder.rules.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.emailresponder.rules.model.AttachmentCondition;
import org.emailresponder.rules.model.RulesPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Attachment Condition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.emailresponder.rules.model.impl.AttachmentConditionImpl#getFileNamePattern <em>File Name Pattern</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.impl.AttachmentConditionImpl#getContentType <em>Content Type</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.impl.AttachmentConditionImpl#getMinCount <em>Min Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AttachmentConditionImpl extends ConditionImpl implements AttachmentCondition {
	/**
	 * The default value of the '{@link #getFileNamePattern() <em>File Name Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileNamePattern()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_NAME_PATTERN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileNamePattern() <em>File Name Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileNamePattern()
	 * @generated
	 * @ordered
	 */
	protected String fileNamePattern = FILE_NAME_PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentType() <em>Content Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentType()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentType() <em>Content Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentType()
	 * @generated
	 * @ordered
	 */
	protected String contentType = CONTENT_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinCount() <em>Min Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinCount()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_COUNT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getMinCount() <em>Min Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinCount()
	 * @generated
	 * @ordered
	 */
	protected int minCount = MIN_COUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AttachmentConditionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RulesPackage.Literals.ATTACHMENT_CONDITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileNamePattern() {
		return fileNamePattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileNamePattern(String newFileNamePattern) {
		String oldFileNamePattern = fileNamePattern;
		fileNamePattern = newFileNamePattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.ATTACHMENT_CONDITION__FILE_NAME_PATTERN, oldFileNamePattern, fileNamePattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentType() {
		return contentType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentType(String newContentType) {
		String oldContentType = contentType;
		contentType = newContentType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.ATTACHMENT_CONDITION__CONTENT_TYPE, oldContentType, contentType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinCount() {
		return minCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinCount(int newMinCount) {
		int oldMinCount = minCount;
		minCount = newMinCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.ATTACHMENT_CONDITION__MIN_COUNT, oldMinCount, minCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RulesPackage.ATTACHMENT_CONDITION__FILE_NAME_PATTERN:
				return getFileNamePattern();
			case RulesPackage.ATTACHMENT_CONDITION__CONTENT_TYPE:
				return getContentType();
			case RulesPackage.ATTACHMENT_CONDITION__MIN_COUNT:
				return getMinCount();
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
			case RulesPackage.ATTACHMENT_CONDITION__FILE_NAME_PATTERN:
				setFileNamePattern((String)newValue);
				return;
			case RulesPackage.ATTACHMENT_CONDITION__CONTENT_TYPE:
				setContentType((String)newValue);
				return;
			case RulesPackage.ATTACHMENT_CONDITION__MIN_COUNT:
				setMinCount((Integer)newValue);
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
			case RulesPackage.ATTACHMENT_CONDITION__FILE_NAME_PATTERN:
				setFileNamePattern(FILE_NAME_PATTERN_EDEFAULT);
				return;
			case RulesPackage.ATTACHMENT_CONDITION__CONTENT_TYPE:
				setContentType(CONTENT_TYPE_EDEFAULT);
				return;
			case RulesPackage.ATTACHMENT_CONDITION__MIN_COUNT:
				setMinCount(MIN_COUNT_EDEFAULT);
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
			case RulesPackage.ATTACHMENT_CONDITION__FILE_NAME_PATTERN:
				return FILE_NAME_PATTERN_EDEFAULT == null ? fileNamePattern != null : !FILE_NAME_PATTERN_EDEFAULT.equals(fileNamePattern);
			case RulesPackage.ATTACHMENT_CONDITION__CONTENT_TYPE:
				return CONTENT_TYPE_EDEFAULT == null ? contentType != null : !CONTENT_TYPE_EDEFAULT.equals(contentType);
			case RulesPackage.ATTACHMENT_CONDITION__MIN_COUNT:
				return minCount != MIN_COUNT_EDEFAULT;
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
		result.append(" (fileNamePattern: ");
		result.append(fileNamePattern);
		result.append(", contentType: ");
		result.append(contentType);
		result.append(", minCount: ");
		result.append(minCount);
		result.append(')');
		return result.toString();
	}

} //AttachmentConditionImpl
