/**
 */
package org.emailresponder.rules.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.emailresponder.rules.model.RulesPackage;
import org.emailresponder.rules.model.SubjectCondition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subject Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class SubjectConditionImpl extends TextConditionImpl implements SubjectCondition {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubjectConditionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RulesPackage.Literals.SUBJECT_CONDITION;
	}

} //SubjectConditionImpl
