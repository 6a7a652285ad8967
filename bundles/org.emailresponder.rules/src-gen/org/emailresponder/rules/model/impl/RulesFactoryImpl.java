/**
 */
package org.emailresponder.rules.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.emailresponder.rules.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RulesFactoryImpl extends EFactoryImpl implements RulesFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static RulesFactory init() {
		try {
			RulesFactory theRulesFactory = (RulesFactory)EPackage.Registry.INSTANCE.getEFactory(RulesPackage.eNS_URI);
			if (theRulesFactory != null) {
				return theRulesFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new RulesFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RulesFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case RulesPackage.RULE_SET: return createRuleSet();
			case RulesPackage.RULE: return createRule();
			case RulesPackage.CONDITION: return createCondition();
			case RulesPackage.ACTION: return createAction();
			case RulesPackage.HEADER_CONDITION: return createHeaderCondition();
			case RulesPackage.SENDER_CONDITION: return createSenderCondition();
			case RulesPackage.SUBJECT_CONDITION: return createSubjectCondition();
			case RulesPackage.BODY_CONDITION: return createBodyCondition();
			case RulesPackage.CONTACT_FIELD_CONDITION: return createContactFieldCondition();
			case RulesPackage.FACT_CONDITION: return createFactCondition();
			case RulesPackage.ATTACHMENT_CONDITION: return createAttachmentCondition();
			case RulesPackage.TIME_CONDITION: return createTimeCondition();
			case RulesPackage.ASSIGN_TO_GROUP: return createAssignToGroup();
			case RulesPackage.ASSIGN_TO_USER: return createAssignToUser();
			case RulesPackage.SET_PRIORITY: return createSetPriority();
			case RulesPackage.BLOCK_SENDER: return createBlockSender();
			case RulesPackage.MARK_AS_SPAM: return createMarkAsSpam();
			case RulesPackage.AUTO_ACKNOWLEDGE: return createAutoAcknowledge();
			case RulesPackage.SUGGEST_TEMPLATE: return createSuggestTemplate();
			case RulesPackage.TAG: return createTag();
			case RulesPackage.STOP: return createStop();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case RulesPackage.OPERATOR:
				return createOperatorFromString(eDataType, initialValue);
			case RulesPackage.WEEKDAY:
				return createWeekdayFromString(eDataType, initialValue);
			case RulesPackage.HOUR:
				return createHourFromString(eDataType, initialValue);
			case RulesPackage.PRIORITY:
				return createPriorityFromString(eDataType, initialValue);
			case RulesPackage.CONFIDENCE:
				return createConfidenceFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case RulesPackage.OPERATOR:
				return convertOperatorToString(eDataType, instanceValue);
			case RulesPackage.WEEKDAY:
				return convertWeekdayToString(eDataType, instanceValue);
			case RulesPackage.HOUR:
				return convertHourToString(eDataType, instanceValue);
			case RulesPackage.PRIORITY:
				return convertPriorityToString(eDataType, instanceValue);
			case RulesPackage.CONFIDENCE:
				return convertConfidenceToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleSet createRuleSet() {
		RuleSetImpl ruleSet = new RuleSetImpl();
		return ruleSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rule createRule() {
		RuleImpl rule = new RuleImpl();
		return rule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Condition createCondition() {
		ConditionImpl condition = new ConditionImpl();
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Action createAction() {
		ActionImpl action = new ActionImpl();
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HeaderCondition createHeaderCondition() {
		HeaderConditionImpl headerCondition = new HeaderConditionImpl();
		return headerCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SenderCondition createSenderCondition() {
		SenderConditionImpl senderCondition = new SenderConditionImpl();
		return senderCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubjectCondition createSubjectCondition() {
		SubjectConditionImpl subjectCondition = new SubjectConditionImpl();
		return subjectCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BodyCondition createBodyCondition() {
		BodyConditionImpl bodyCondition = new BodyConditionImpl();
		return bodyCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactFieldCondition createContactFieldCondition() {
		ContactFieldConditionImpl contactFieldCondition = new ContactFieldConditionImpl();
		return contactFieldCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FactCondition createFactCondition() {
		FactConditionImpl factCondition = new FactConditionImpl();
		return factCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttachmentCondition createAttachmentCondition() {
		AttachmentConditionImpl attachmentCondition = new AttachmentConditionImpl();
		return attachmentCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeCondition createTimeCondition() {
		TimeConditionImpl timeCondition = new TimeConditionImpl();
		return timeCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssignToGroup createAssignToGroup() {
		AssignToGroupImpl assignToGroup = new AssignToGroupImpl();
		return assignToGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssignToUser createAssignToUser() {
		AssignToUserImpl assignToUser = new AssignToUserImpl();
		return assignToUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SetPriority createSetPriority() {
		SetPriorityImpl setPriority = new SetPriorityImpl();
		return setPriority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BlockSender createBlockSender() {
		BlockSenderImpl blockSender = new BlockSenderImpl();
		return blockSender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MarkAsSpam createMarkAsSpam() {
		MarkAsSpamImpl markAsSpam = new MarkAsSpamImpl();
		return markAsSpam;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AutoAcknowledge createAutoAcknowledge() {
		AutoAcknowledgeImpl autoAcknowledge = new AutoAcknowledgeImpl();
		return autoAcknowledge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SuggestTemplate createSuggestTemplate() {
		SuggestTemplateImpl suggestTemplate = new SuggestTemplateImpl();
		return suggestTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tag createTag() {
		TagImpl tag = new TagImpl();
		return tag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stop createStop() {
		StopImpl stop = new StopImpl();
		return stop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Operator createOperatorFromString(EDataType eDataType, String initialValue) {
		Operator result = Operator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOperatorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Weekday createWeekdayFromString(EDataType eDataType, String initialValue) {
		Weekday result = Weekday.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWeekdayToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createHourFromString(EDataType eDataType, String initialValue) {
		return (Integer)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHourToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createPriorityFromString(EDataType eDataType, String initialValue) {
		return (Integer)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPriorityToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Double createConfidenceFromString(EDataType eDataType, String initialValue) {
		return (Double)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConfidenceToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RulesPackage getRulesPackage() {
		return (RulesPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static RulesPackage getPackage() {
		return RulesPackage.eINSTANCE;
	}

} //RulesFactoryImpl
