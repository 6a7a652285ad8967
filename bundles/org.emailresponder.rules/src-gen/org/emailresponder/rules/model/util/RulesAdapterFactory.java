/**
 */
package org.emailresponder.rules.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.emailresponder.rules.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.emailresponder.rules.model.RulesPackage
 * @generated
 */
public class RulesAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static RulesPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RulesAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = RulesPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RulesSwitch<Adapter> modelSwitch =
		new RulesSwitch<Adapter>() {
			@Override
			public Adapter caseRuleSet(RuleSet object) {
				return createRuleSetAdapter();
			}
			@Override
			public Adapter caseRule(Rule object) {
				return createRuleAdapter();
			}
			@Override
			public Adapter caseCondition(Condition object) {
				return createConditionAdapter();
			}
			@Override
			public Adapter caseAction(Action object) {
				return createActionAdapter();
			}
			@Override
			public Adapter caseTextCondition(TextCondition object) {
				return createTextConditionAdapter();
			}
			@Override
			public Adapter caseHeaderCondition(HeaderCondition object) {
				return createHeaderConditionAdapter();
			}
			@Override
			public Adapter caseSenderCondition(SenderCondition object) {
				return createSenderConditionAdapter();
			}
			@Override
			public Adapter caseSubjectCondition(SubjectCondition object) {
				return createSubjectConditionAdapter();
			}
			@Override
			public Adapter caseBodyCondition(BodyCondition object) {
				return createBodyConditionAdapter();
			}
			@Override
			public Adapter caseContactFieldCondition(ContactFieldCondition object) {
				return createContactFieldConditionAdapter();
			}
			@Override
			public Adapter caseFactCondition(FactCondition object) {
				return createFactConditionAdapter();
			}
			@Override
			public Adapter caseAttachmentCondition(AttachmentCondition object) {
				return createAttachmentConditionAdapter();
			}
			@Override
			public Adapter caseTimeCondition(TimeCondition object) {
				return createTimeConditionAdapter();
			}
			@Override
			public Adapter caseAssignToGroup(AssignToGroup object) {
				return createAssignToGroupAdapter();
			}
			@Override
			public Adapter caseAssignToUser(AssignToUser object) {
				return createAssignToUserAdapter();
			}
			@Override
			public Adapter caseSetPriority(SetPriority object) {
				return createSetPriorityAdapter();
			}
			@Override
			public Adapter caseBlockSender(BlockSender object) {
				return createBlockSenderAdapter();
			}
			@Override
			public Adapter caseMarkAsSpam(MarkAsSpam object) {
				return createMarkAsSpamAdapter();
			}
			@Override
			public Adapter caseAutoAcknowledge(AutoAcknowledge object) {
				return createAutoAcknowledgeAdapter();
			}
			@Override
			public Adapter caseSuggestTemplate(SuggestTemplate object) {
				return createSuggestTemplateAdapter();
			}
			@Override
			public Adapter caseTag(Tag object) {
				return createTagAdapter();
			}
			@Override
			public Adapter caseStop(Stop object) {
				return createStopAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.RuleSet <em>Rule Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.RuleSet
	 * @generated
	 */
	public Adapter createRuleSetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.Rule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.Rule
	 * @generated
	 */
	public Adapter createRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.Condition
	 * @generated
	 */
	public Adapter createConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.Action
	 * @generated
	 */
	public Adapter createActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.TextCondition <em>Text Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.TextCondition
	 * @generated
	 */
	public Adapter createTextConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.HeaderCondition <em>Header Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.HeaderCondition
	 * @generated
	 */
	public Adapter createHeaderConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.SenderCondition <em>Sender Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.SenderCondition
	 * @generated
	 */
	public Adapter createSenderConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.SubjectCondition <em>Subject Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.SubjectCondition
	 * @generated
	 */
	public Adapter createSubjectConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.BodyCondition <em>Body Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.BodyCondition
	 * @generated
	 */
	public Adapter createBodyConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.ContactFieldCondition <em>Contact Field Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.ContactFieldCondition
	 * @generated
	 */
	public Adapter createContactFieldConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.FactCondition <em>Fact Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.FactCondition
	 * @generated
	 */
	public Adapter createFactConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.AttachmentCondition <em>Attachment Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.AttachmentCondition
	 * @generated
	 */
	public Adapter createAttachmentConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.TimeCondition <em>Time Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.TimeCondition
	 * @generated
	 */
	public Adapter createTimeConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.AssignToGroup <em>Assign To Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.AssignToGroup
	 * @generated
	 */
	public Adapter createAssignToGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.AssignToUser <em>Assign To User</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.AssignToUser
	 * @generated
	 */
	public Adapter createAssignToUserAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.SetPriority <em>Set Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.SetPriority
	 * @generated
	 */
	public Adapter createSetPriorityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.BlockSender <em>Block Sender</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.BlockSender
	 * @generated
	 */
	public Adapter createBlockSenderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.MarkAsSpam <em>Mark As Spam</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.MarkAsSpam
	 * @generated
	 */
	public Adapter createMarkAsSpamAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.AutoAcknowledge <em>Auto Acknowledge</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.AutoAcknowledge
	 * @generated
	 */
	public Adapter createAutoAcknowledgeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.SuggestTemplate <em>Suggest Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.SuggestTemplate
	 * @generated
	 */
	public Adapter createSuggestTemplateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.Tag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.Tag
	 * @generated
	 */
	public Adapter createTagAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emailresponder.rules.model.Stop <em>Stop</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emailresponder.rules.model.Stop
	 * @generated
	 */
	public Adapter createStopAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //RulesAdapterFactory
