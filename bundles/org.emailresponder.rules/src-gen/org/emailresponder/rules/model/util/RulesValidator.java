/**
 */
package org.emailresponder.rules.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.emailresponder.rules.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.emailresponder.rules.model.RulesPackage
 * @generated
 */
public class RulesValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final RulesValidator INSTANCE = new RulesValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.emailresponder.rules.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RulesValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return RulesPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case RulesPackage.RULE_SET:
				return validateRuleSet((RuleSet)value, diagnostics, context);
			case RulesPackage.RULE:
				return validateRule((Rule)value, diagnostics, context);
			case RulesPackage.CONDITION:
				return validateCondition((Condition)value, diagnostics, context);
			case RulesPackage.ACTION:
				return validateAction((Action)value, diagnostics, context);
			case RulesPackage.TEXT_CONDITION:
				return validateTextCondition((TextCondition)value, diagnostics, context);
			case RulesPackage.HEADER_CONDITION:
				return validateHeaderCondition((HeaderCondition)value, diagnostics, context);
			case RulesPackage.SENDER_CONDITION:
				return validateSenderCondition((SenderCondition)value, diagnostics, context);
			case RulesPackage.SUBJECT_CONDITION:
				return validateSubjectCondition((SubjectCondition)value, diagnostics, context);
			case RulesPackage.BODY_CONDITION:
				return validateBodyCondition((BodyCondition)value, diagnostics, context);
			case RulesPackage.CONTACT_FIELD_CONDITION:
				return validateContactFieldCondition((ContactFieldCondition)value, diagnostics, context);
			case RulesPackage.FACT_CONDITION:
				return validateFactCondition((FactCondition)value, diagnostics, context);
			case RulesPackage.ATTACHMENT_CONDITION:
				return validateAttachmentCondition((AttachmentCondition)value, diagnostics, context);
			case RulesPackage.TIME_CONDITION:
				return validateTimeCondition((TimeCondition)value, diagnostics, context);
			case RulesPackage.ASSIGN_TO_GROUP:
				return validateAssignToGroup((AssignToGroup)value, diagnostics, context);
			case RulesPackage.ASSIGN_TO_USER:
				return validateAssignToUser((AssignToUser)value, diagnostics, context);
			case RulesPackage.SET_PRIORITY:
				return validateSetPriority((SetPriority)value, diagnostics, context);
			case RulesPackage.BLOCK_SENDER:
				return validateBlockSender((BlockSender)value, diagnostics, context);
			case RulesPackage.MARK_AS_SPAM:
				return validateMarkAsSpam((MarkAsSpam)value, diagnostics, context);
			case RulesPackage.AUTO_ACKNOWLEDGE:
				return validateAutoAcknowledge((AutoAcknowledge)value, diagnostics, context);
			case RulesPackage.SUGGEST_TEMPLATE:
				return validateSuggestTemplate((SuggestTemplate)value, diagnostics, context);
			case RulesPackage.TAG:
				return validateTag((Tag)value, diagnostics, context);
			case RulesPackage.STOP:
				return validateStop((Stop)value, diagnostics, context);
			case RulesPackage.OPERATOR:
				return validateOperator((Operator)value, diagnostics, context);
			case RulesPackage.WEEKDAY:
				return validateWeekday((Weekday)value, diagnostics, context);
			case RulesPackage.HOUR:
				return validateHour((Integer)value, diagnostics, context);
			case RulesPackage.PRIORITY:
				return validatePriority((Integer)value, diagnostics, context);
			case RulesPackage.CONFIDENCE:
				return validateConfidence((Double)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRuleSet(RuleSet ruleSet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(ruleSet, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRule(Rule rule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(rule, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCondition(Condition condition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(condition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAction(Action action, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(action, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTextCondition(TextCondition textCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(textCondition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHeaderCondition(HeaderCondition headerCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(headerCondition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSenderCondition(SenderCondition senderCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(senderCondition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSubjectCondition(SubjectCondition subjectCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(subjectCondition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBodyCondition(BodyCondition bodyCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(bodyCondition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContactFieldCondition(ContactFieldCondition contactFieldCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(contactFieldCondition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFactCondition(FactCondition factCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(factCondition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAttachmentCondition(AttachmentCondition attachmentCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(attachmentCondition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTimeCondition(TimeCondition timeCondition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(timeCondition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssignToGroup(AssignToGroup assignToGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(assignToGroup, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssignToUser(AssignToUser assignToUser, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(assignToUser, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSetPriority(SetPriority setPriority, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(setPriority, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBlockSender(BlockSender blockSender, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(blockSender, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMarkAsSpam(MarkAsSpam markAsSpam, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(markAsSpam, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAutoAcknowledge(AutoAcknowledge autoAcknowledge, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(autoAcknowledge, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSuggestTemplate(SuggestTemplate suggestTemplate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(suggestTemplate, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTag(Tag tag, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(tag, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStop(Stop stop, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(stop, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOperator(Operator operator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWeekday(Weekday weekday, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHour(int hour, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateHour_Min(hour, diagnostics, context);
		if (result || diagnostics != null) result &= validateHour_Max(hour, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateHour_Min
	 */
	public static final int HOUR__MIN__VALUE = 0;

	/**
	 * Validates the Min constraint of '<em>Hour</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHour_Min(int hour, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = hour >= HOUR__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(RulesPackage.Literals.HOUR, hour, HOUR__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateHour_Max
	 */
	public static final int HOUR__MAX__VALUE = 24;

	/**
	 * Validates the Max constraint of '<em>Hour</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHour_Max(int hour, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = hour <= HOUR__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(RulesPackage.Literals.HOUR, hour, HOUR__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePriority(int priority, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validatePriority_Min(priority, diagnostics, context);
		if (result || diagnostics != null) result &= validatePriority_Max(priority, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validatePriority_Min
	 */
	public static final int PRIORITY__MIN__VALUE = 0;

	/**
	 * Validates the Min constraint of '<em>Priority</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePriority_Min(int priority, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = priority >= PRIORITY__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(RulesPackage.Literals.PRIORITY, priority, PRIORITY__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validatePriority_Max
	 */
	public static final int PRIORITY__MAX__VALUE = 9;

	/**
	 * Validates the Max constraint of '<em>Priority</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePriority_Max(int priority, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = priority <= PRIORITY__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(RulesPackage.Literals.PRIORITY, priority, PRIORITY__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConfidence(double confidence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateConfidence_Min(confidence, diagnostics, context);
		if (result || diagnostics != null) result &= validateConfidence_Max(confidence, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateConfidence_Min
	 */
	public static final double CONFIDENCE__MIN__VALUE = 0.0;

	/**
	 * Validates the Min constraint of '<em>Confidence</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConfidence_Min(double confidence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = confidence >= CONFIDENCE__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(RulesPackage.Literals.CONFIDENCE, confidence, CONFIDENCE__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateConfidence_Max
	 */
	public static final double CONFIDENCE__MAX__VALUE = 1.0;

	/**
	 * Validates the Max constraint of '<em>Confidence</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConfidence_Max(double confidence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = confidence <= CONFIDENCE__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(RulesPackage.Literals.CONFIDENCE, confidence, CONFIDENCE__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //RulesValidator
