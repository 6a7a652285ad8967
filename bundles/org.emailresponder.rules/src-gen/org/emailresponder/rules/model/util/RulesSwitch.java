/**
 */
package org.emailresponder.rules.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.emailresponder.rules.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.emailresponder.rules.model.RulesPackage
 * @generated
 */
public class RulesSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static RulesPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RulesSwitch() {
		if (modelPackage == null) {
			modelPackage = RulesPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case RulesPackage.RULE_SET: {
				RuleSet ruleSet = (RuleSet)theEObject;
				T result = caseRuleSet(ruleSet);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.RULE: {
				Rule rule = (Rule)theEObject;
				T result = caseRule(rule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.CONDITION: {
				Condition condition = (Condition)theEObject;
				T result = caseCondition(condition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.ACTION: {
				Action action = (Action)theEObject;
				T result = caseAction(action);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.TEXT_CONDITION: {
				TextCondition textCondition = (TextCondition)theEObject;
				T result = caseTextCondition(textCondition);
				if (result == null) result = caseCondition(textCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.HEADER_CONDITION: {
				HeaderCondition headerCondition = (HeaderCondition)theEObject;
				T result = caseHeaderCondition(headerCondition);
				if (result == null) result = caseTextCondition(headerCondition);
				if (result == null) result = caseCondition(headerCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.SENDER_CONDITION: {
				SenderCondition senderCondition = (SenderCondition)theEObject;
				T result = caseSenderCondition(senderCondition);
				if (result == null) result = caseTextCondition(senderCondition);
				if (result == null) result = caseCondition(senderCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.SUBJECT_CONDITION: {
				SubjectCondition subjectCondition = (SubjectCondition)theEObject;
				T result = caseSubjectCondition(subjectCondition);
				if (result == null) result = caseTextCondition(subjectCondition);
				if (result == null) result = caseCondition(subjectCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.BODY_CONDITION: {
				BodyCondition bodyCondition = (BodyCondition)theEObject;
				T result = caseBodyCondition(bodyCondition);
				if (result == null) result = caseTextCondition(bodyCondition);
				if (result == null) result = caseCondition(bodyCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.CONTACT_FIELD_CONDITION: {
				ContactFieldCondition contactFieldCondition = (ContactFieldCondition)theEObject;
				T result = caseContactFieldCondition(contactFieldCondition);
				if (result == null) result = caseTextCondition(contactFieldCondition);
				if (result == null) result = caseCondition(contactFieldCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.FACT_CONDITION: {
				FactCondition factCondition = (FactCondition)theEObject;
				T result = caseFactCondition(factCondition);
				if (result == null) result = caseCondition(factCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.ATTACHMENT_CONDITION: {
				AttachmentCondition attachmentCondition = (AttachmentCondition)theEObject;
				T result = caseAttachmentCondition(attachmentCondition);
				if (result == null) result = caseCondition(attachmentCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.TIME_CONDITION: {
				TimeCondition timeCondition = (TimeCondition)theEObject;
				T result = caseTimeCondition(timeCondition);
				if (result == null) result = caseCondition(timeCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.ASSIGN_TO_GROUP: {
				AssignToGroup assignToGroup = (AssignToGroup)theEObject;
				T result = caseAssignToGroup(assignToGroup);
				if (result == null) result = caseAction(assignToGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.ASSIGN_TO_USER: {
				AssignToUser assignToUser = (AssignToUser)theEObject;
				T result = caseAssignToUser(assignToUser);
				if (result == null) result = caseAction(assignToUser);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.SET_PRIORITY: {
				SetPriority setPriority = (SetPriority)theEObject;
				T result = caseSetPriority(setPriority);
				if (result == null) result = caseAction(setPriority);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.BLOCK_SENDER: {
				BlockSender blockSender = (BlockSender)theEObject;
				T result = caseBlockSender(blockSender);
				if (result == null) result = caseAction(blockSender);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.MARK_AS_SPAM: {
				MarkAsSpam markAsSpam = (MarkAsSpam)theEObject;
				T result = caseMarkAsSpam(markAsSpam);
				if (result == null) result = caseAction(markAsSpam);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.AUTO_ACKNOWLEDGE: {
				AutoAcknowledge autoAcknowledge = (AutoAcknowledge)theEObject;
				T result = caseAutoAcknowledge(autoAcknowledge);
				if (result == null) result = caseAction(autoAcknowledge);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.SUGGEST_TEMPLATE: {
				SuggestTemplate suggestTemplate = (SuggestTemplate)theEObject;
				T result = caseSuggestTemplate(suggestTemplate);
				if (result == null) result = caseAction(suggestTemplate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.TAG: {
				Tag tag = (Tag)theEObject;
				T result = caseTag(tag);
				if (result == null) result = caseAction(tag);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RulesPackage.STOP: {
				Stop stop = (Stop)theEObject;
				T result = caseStop(stop);
				if (result == null) result = caseAction(stop);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rule Set</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rule Set</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRuleSet(RuleSet object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRule(Rule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCondition(Condition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Action</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Action</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAction(Action object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Text Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Text Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTextCondition(TextCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Header Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Header Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHeaderCondition(HeaderCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sender Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sender Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSenderCondition(SenderCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Subject Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Subject Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSubjectCondition(SubjectCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Body Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Body Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBodyCondition(BodyCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contact Field Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contact Field Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContactFieldCondition(ContactFieldCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fact Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fact Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFactCondition(FactCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Attachment Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Attachment Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAttachmentCondition(AttachmentCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Time Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Time Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTimeCondition(TimeCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assign To Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assign To Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssignToGroup(AssignToGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assign To User</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assign To User</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssignToUser(AssignToUser object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Set Priority</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Set Priority</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSetPriority(SetPriority object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Block Sender</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Block Sender</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBlockSender(BlockSender object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mark As Spam</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mark As Spam</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMarkAsSpam(MarkAsSpam object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Auto Acknowledge</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Auto Acknowledge</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAutoAcknowledge(AutoAcknowledge object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Suggest Template</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Suggest Template</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSuggestTemplate(SuggestTemplate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tag</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tag</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTag(Tag object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stop</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stop</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStop(Stop object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //RulesSwitch
