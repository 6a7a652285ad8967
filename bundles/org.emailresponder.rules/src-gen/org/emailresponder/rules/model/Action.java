/**
 */
package org.emailresponder.rules.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Base of all actions. Not abstract on purpose: EMF creates an instance of a partner's dynamic subclass through its nearest generated superclass. A bare Action does nothing and is reported by validation.
 * <!-- end-model-doc -->
 *
 *
 * @see org.emailresponder.rules.model.RulesPackage#getAction()
 * @model
 * @generated
 */
public interface Action extends EObject {
} // Action
