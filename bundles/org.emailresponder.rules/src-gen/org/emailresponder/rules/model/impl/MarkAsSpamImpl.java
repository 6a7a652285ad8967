/**
 */
package org.emailresponder.rules.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.emailresponder.rules.model.MarkAsSpam;
import org.emailresponder.rules.model.RulesPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mark As Spam</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class MarkAsSpamImpl extends ActionImpl implements MarkAsSpam {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MarkAsSpamImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RulesPackage.Literals.MARK_AS_SPAM;
	}

} //MarkAsSpamImpl
