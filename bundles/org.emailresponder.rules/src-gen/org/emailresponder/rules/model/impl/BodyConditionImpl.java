/**
 */
package org.emailresponder.rules.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.emailresponder.rules.model.BodyCondition;
import org.emailresponder.rules.model.RulesPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Body Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class BodyConditionImpl extends TextConditionImpl implements BodyCondition {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BodyConditionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RulesPackage.Literals.BODY_CONDITION;
	}

} //BodyConditionImpl
