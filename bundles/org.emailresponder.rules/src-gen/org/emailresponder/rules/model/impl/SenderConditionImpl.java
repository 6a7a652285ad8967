/**
 */
package org.emailresponder.rules.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.emailresponder.rules.model.RulesPackage;
import org.emailresponder.rules.model.SenderCondition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sender Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class SenderConditionImpl extends TextConditionImpl implements SenderCondition {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SenderConditionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RulesPackage.Literals.SENDER_CONDITION;
	}

} //SenderConditionImpl
