/**
 */
package org.emailresponder.rules.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Routing rules edited by administrators: an ordered list of rules, each with conditions, exceptions and actions. Partners add conditions and actions by subclassing Condition and Action in their own EPackage.
 * <!-- end-model-doc -->
 * @see org.emailresponder.rules.model.RulesFactory
 * @model kind="package"
 * @generated
 */
public interface RulesPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://emailresponder.org/rules/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "rules";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RulesPackage eINSTANCE = org.emailresponder.rules.model.impl.RulesPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.RuleSetImpl <em>Rule Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.RuleSetImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getRuleSet()
	 * @generated
	 */
	int RULE_SET = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__NAME = 0;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__RULES = 1;

	/**
	 * The number of structural features of the '<em>Rule Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Rule Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.RuleImpl <em>Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.RuleImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getRule()
	 * @generated
	 */
	int RULE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__ENABLED = 1;

	/**
	 * The feature id for the '<em><b>Match All</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__MATCH_ALL = 2;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__CONDITIONS = 3;

	/**
	 * The feature id for the '<em><b>Exceptions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__EXCEPTIONS = 4;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__ACTIONS = 5;

	/**
	 * The feature id for the '<em><b>Stop Processing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__STOP_PROCESSING = 6;

	/**
	 * The number of structural features of the '<em>Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.ConditionImpl <em>Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.ConditionImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getCondition()
	 * @generated
	 */
	int CONDITION = 2;

	/**
	 * The feature id for the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__NEGATED = 0;

	/**
	 * The number of structural features of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.ActionImpl <em>Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.ActionImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getAction()
	 * @generated
	 */
	int ACTION = 3;

	/**
	 * The number of structural features of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.TextConditionImpl <em>Text Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.TextConditionImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getTextCondition()
	 * @generated
	 */
	int TEXT_CONDITION = 4;

	/**
	 * The feature id for the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_CONDITION__NEGATED = CONDITION__NEGATED;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_CONDITION__OPERATOR = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_CONDITION__VALUE = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Case Sensitive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_CONDITION__CASE_SENSITIVE = CONDITION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Text Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Text Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.HeaderConditionImpl <em>Header Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.HeaderConditionImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getHeaderCondition()
	 * @generated
	 */
	int HEADER_CONDITION = 5;

	/**
	 * The feature id for the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADER_CONDITION__NEGATED = TEXT_CONDITION__NEGATED;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADER_CONDITION__OPERATOR = TEXT_CONDITION__OPERATOR;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADER_CONDITION__VALUE = TEXT_CONDITION__VALUE;

	/**
	 * The feature id for the '<em><b>Case Sensitive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADER_CONDITION__CASE_SENSITIVE = TEXT_CONDITION__CASE_SENSITIVE;

	/**
	 * The feature id for the '<em><b>Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADER_CONDITION__HEADER = TEXT_CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Header Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADER_CONDITION_FEATURE_COUNT = TEXT_CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Header Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADER_CONDITION_OPERATION_COUNT = TEXT_CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.SenderConditionImpl <em>Sender Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.SenderConditionImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getSenderCondition()
	 * @generated
	 */
	int SENDER_CONDITION = 6;

	/**
	 * The feature id for the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENDER_CONDITION__NEGATED = TEXT_CONDITION__NEGATED;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENDER_CONDITION__OPERATOR = TEXT_CONDITION__OPERATOR;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENDER_CONDITION__VALUE = TEXT_CONDITION__VALUE;

	/**
	 * The feature id for the '<em><b>Case Sensitive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENDER_CONDITION__CASE_SENSITIVE = TEXT_CONDITION__CASE_SENSITIVE;

	/**
	 * The number of structural features of the '<em>Sender Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENDER_CONDITION_FEATURE_COUNT = TEXT_CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Sender Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENDER_CONDITION_OPERATION_COUNT = TEXT_CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.SubjectConditionImpl <em>Subject Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.SubjectConditionImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getSubjectCondition()
	 * @generated
	 */
	int SUBJECT_CONDITION = 7;

	/**
	 * The feature id for the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_CONDITION__NEGATED = TEXT_CONDITION__NEGATED;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_CONDITION__OPERATOR = TEXT_CONDITION__OPERATOR;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_CONDITION__VALUE = TEXT_CONDITION__VALUE;

	/**
	 * The feature id for the '<em><b>Case Sensitive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_CONDITION__CASE_SENSITIVE = TEXT_CONDITION__CASE_SENSITIVE;

	/**
	 * The number of structural features of the '<em>Subject Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_CONDITION_FEATURE_COUNT = TEXT_CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Subject Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_CONDITION_OPERATION_COUNT = TEXT_CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.BodyConditionImpl <em>Body Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.BodyConditionImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getBodyCondition()
	 * @generated
	 */
	int BODY_CONDITION = 8;

	/**
	 * The feature id for the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY_CONDITION__NEGATED = TEXT_CONDITION__NEGATED;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY_CONDITION__OPERATOR = TEXT_CONDITION__OPERATOR;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY_CONDITION__VALUE = TEXT_CONDITION__VALUE;

	/**
	 * The feature id for the '<em><b>Case Sensitive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY_CONDITION__CASE_SENSITIVE = TEXT_CONDITION__CASE_SENSITIVE;

	/**
	 * The number of structural features of the '<em>Body Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY_CONDITION_FEATURE_COUNT = TEXT_CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Body Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY_CONDITION_OPERATION_COUNT = TEXT_CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.ContactFieldConditionImpl <em>Contact Field Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.ContactFieldConditionImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getContactFieldCondition()
	 * @generated
	 */
	int CONTACT_FIELD_CONDITION = 9;

	/**
	 * The feature id for the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FIELD_CONDITION__NEGATED = TEXT_CONDITION__NEGATED;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FIELD_CONDITION__OPERATOR = TEXT_CONDITION__OPERATOR;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FIELD_CONDITION__VALUE = TEXT_CONDITION__VALUE;

	/**
	 * The feature id for the '<em><b>Case Sensitive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FIELD_CONDITION__CASE_SENSITIVE = TEXT_CONDITION__CASE_SENSITIVE;

	/**
	 * The feature id for the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FIELD_CONDITION__FIELD = TEXT_CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Contact Field Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FIELD_CONDITION_FEATURE_COUNT = TEXT_CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Contact Field Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FIELD_CONDITION_OPERATION_COUNT = TEXT_CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.FactConditionImpl <em>Fact Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.FactConditionImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getFactCondition()
	 * @generated
	 */
	int FACT_CONDITION = 10;

	/**
	 * The feature id for the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_CONDITION__NEGATED = CONDITION__NEGATED;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_CONDITION__KEY = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_CONDITION__VALUE = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Min Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_CONDITION__MIN_CONFIDENCE = CONDITION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Fact Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Fact Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.AttachmentConditionImpl <em>Attachment Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.AttachmentConditionImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getAttachmentCondition()
	 * @generated
	 */
	int ATTACHMENT_CONDITION = 11;

	/**
	 * The feature id for the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_CONDITION__NEGATED = CONDITION__NEGATED;

	/**
	 * The feature id for the '<em><b>File Name Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_CONDITION__FILE_NAME_PATTERN = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Content Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_CONDITION__CONTENT_TYPE = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Min Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_CONDITION__MIN_COUNT = CONDITION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Attachment Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Attachment Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.TimeConditionImpl <em>Time Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.TimeConditionImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getTimeCondition()
	 * @generated
	 */
	int TIME_CONDITION = 12;

	/**
	 * The feature id for the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_CONDITION__NEGATED = CONDITION__NEGATED;

	/**
	 * The feature id for the '<em><b>Weekdays</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_CONDITION__WEEKDAYS = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>From Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_CONDITION__FROM_HOUR = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>To Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_CONDITION__TO_HOUR = CONDITION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_CONDITION__TIME_ZONE = CONDITION_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Time Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Time Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.AssignToGroupImpl <em>Assign To Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.AssignToGroupImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getAssignToGroup()
	 * @generated
	 */
	int ASSIGN_TO_GROUP = 13;

	/**
	 * The feature id for the '<em><b>Group Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGN_TO_GROUP__GROUP_NAME = ACTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Assign To Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGN_TO_GROUP_FEATURE_COUNT = ACTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Assign To Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGN_TO_GROUP_OPERATION_COUNT = ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.AssignToUserImpl <em>Assign To User</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.AssignToUserImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getAssignToUser()
	 * @generated
	 */
	int ASSIGN_TO_USER = 14;

	/**
	 * The feature id for the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGN_TO_USER__LOGIN = ACTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Assign To User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGN_TO_USER_FEATURE_COUNT = ACTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Assign To User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGN_TO_USER_OPERATION_COUNT = ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.SetPriorityImpl <em>Set Priority</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.SetPriorityImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getSetPriority()
	 * @generated
	 */
	int SET_PRIORITY = 15;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PRIORITY__PRIORITY = ACTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Set Priority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PRIORITY_FEATURE_COUNT = ACTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Set Priority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PRIORITY_OPERATION_COUNT = ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.BlockSenderImpl <em>Block Sender</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.BlockSenderImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getBlockSender()
	 * @generated
	 */
	int BLOCK_SENDER = 16;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_SENDER__REASON = ACTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Block Sender</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_SENDER_FEATURE_COUNT = ACTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Block Sender</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_SENDER_OPERATION_COUNT = ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.MarkAsSpamImpl <em>Mark As Spam</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.MarkAsSpamImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getMarkAsSpam()
	 * @generated
	 */
	int MARK_AS_SPAM = 17;

	/**
	 * The number of structural features of the '<em>Mark As Spam</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARK_AS_SPAM_FEATURE_COUNT = ACTION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Mark As Spam</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARK_AS_SPAM_OPERATION_COUNT = ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.AutoAcknowledgeImpl <em>Auto Acknowledge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.AutoAcknowledgeImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getAutoAcknowledge()
	 * @generated
	 */
	int AUTO_ACKNOWLEDGE = 18;

	/**
	 * The feature id for the '<em><b>Template Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTO_ACKNOWLEDGE__TEMPLATE_NAME = ACTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max Per Sender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTO_ACKNOWLEDGE__MAX_PER_SENDER = ACTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTO_ACKNOWLEDGE__PERIOD_HOURS = ACTION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Auto Acknowledge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTO_ACKNOWLEDGE_FEATURE_COUNT = ACTION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Auto Acknowledge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTO_ACKNOWLEDGE_OPERATION_COUNT = ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.SuggestTemplateImpl <em>Suggest Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.SuggestTemplateImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getSuggestTemplate()
	 * @generated
	 */
	int SUGGEST_TEMPLATE = 19;

	/**
	 * The feature id for the '<em><b>Template Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUGGEST_TEMPLATE__TEMPLATE_NAME = ACTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Suggest Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUGGEST_TEMPLATE_FEATURE_COUNT = ACTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Suggest Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUGGEST_TEMPLATE_OPERATION_COUNT = ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.TagImpl <em>Tag</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.TagImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getTag()
	 * @generated
	 */
	int TAG = 20;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__TAG = ACTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_FEATURE_COUNT = ACTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_OPERATION_COUNT = ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.impl.StopImpl <em>Stop</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.StopImpl
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getStop()
	 * @generated
	 */
	int STOP = 21;

	/**
	 * The number of structural features of the '<em>Stop</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOP_FEATURE_COUNT = ACTION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Stop</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOP_OPERATION_COUNT = ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.Operator <em>Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.Operator
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getOperator()
	 * @generated
	 */
	int OPERATOR = 22;

	/**
	 * The meta object id for the '{@link org.emailresponder.rules.model.Weekday <em>Weekday</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.Weekday
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getWeekday()
	 * @generated
	 */
	int WEEKDAY = 23;

	/**
	 * The meta object id for the '<em>Hour</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getHour()
	 * @generated
	 */
	int HOUR = 24;

	/**
	 * The meta object id for the '<em>Priority</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getPriority()
	 * @generated
	 */
	int PRIORITY = 25;

	/**
	 * The meta object id for the '<em>Confidence</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getConfidence()
	 * @generated
	 */
	int CONFIDENCE = 26;


	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.RuleSet <em>Rule Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule Set</em>'.
	 * @see org.emailresponder.rules.model.RuleSet
	 * @generated
	 */
	EClass getRuleSet();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.RuleSet#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.emailresponder.rules.model.RuleSet#getName()
	 * @see #getRuleSet()
	 * @generated
	 */
	EAttribute getRuleSet_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emailresponder.rules.model.RuleSet#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see org.emailresponder.rules.model.RuleSet#getRules()
	 * @see #getRuleSet()
	 * @generated
	 */
	EReference getRuleSet_Rules();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.Rule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule</em>'.
	 * @see org.emailresponder.rules.model.Rule
	 * @generated
	 */
	EClass getRule();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.Rule#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.emailresponder.rules.model.Rule#getName()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.Rule#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.emailresponder.rules.model.Rule#isEnabled()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.Rule#isMatchAll <em>Match All</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Match All</em>'.
	 * @see org.emailresponder.rules.model.Rule#isMatchAll()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_MatchAll();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emailresponder.rules.model.Rule#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see org.emailresponder.rules.model.Rule#getConditions()
	 * @see #getRule()
	 * @generated
	 */
	EReference getRule_Conditions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emailresponder.rules.model.Rule#getExceptions <em>Exceptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Exceptions</em>'.
	 * @see org.emailresponder.rules.model.Rule#getExceptions()
	 * @see #getRule()
	 * @generated
	 */
	EReference getRule_Exceptions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emailresponder.rules.model.Rule#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.emailresponder.rules.model.Rule#getActions()
	 * @see #getRule()
	 * @generated
	 */
	EReference getRule_Actions();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.Rule#isStopProcessing <em>Stop Processing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stop Processing</em>'.
	 * @see org.emailresponder.rules.model.Rule#isStopProcessing()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_StopProcessing();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition</em>'.
	 * @see org.emailresponder.rules.model.Condition
	 * @generated
	 */
	EClass getCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.Condition#isNegated <em>Negated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Negated</em>'.
	 * @see org.emailresponder.rules.model.Condition#isNegated()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Negated();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action</em>'.
	 * @see org.emailresponder.rules.model.Action
	 * @generated
	 */
	EClass getAction();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.TextCondition <em>Text Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Condition</em>'.
	 * @see org.emailresponder.rules.model.TextCondition
	 * @generated
	 */
	EClass getTextCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.TextCondition#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.emailresponder.rules.model.TextCondition#getOperator()
	 * @see #getTextCondition()
	 * @generated
	 */
	EAttribute getTextCondition_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.TextCondition#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.emailresponder.rules.model.TextCondition#getValue()
	 * @see #getTextCondition()
	 * @generated
	 */
	EAttribute getTextCondition_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.TextCondition#isCaseSensitive <em>Case Sensitive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Sensitive</em>'.
	 * @see org.emailresponder.rules.model.TextCondition#isCaseSensitive()
	 * @see #getTextCondition()
	 * @generated
	 */
	EAttribute getTextCondition_CaseSensitive();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.HeaderCondition <em>Header Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Header Condition</em>'.
	 * @see org.emailresponder.rules.model.HeaderCondition
	 * @generated
	 */
	EClass getHeaderCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.HeaderCondition#getHeader <em>Header</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Header</em>'.
	 * @see org.emailresponder.rules.model.HeaderCondition#getHeader()
	 * @see #getHeaderCondition()
	 * @generated
	 */
	EAttribute getHeaderCondition_Header();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.SenderCondition <em>Sender Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sender Condition</em>'.
	 * @see org.emailresponder.rules.model.SenderCondition
	 * @generated
	 */
	EClass getSenderCondition();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.SubjectCondition <em>Subject Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subject Condition</em>'.
	 * @see org.emailresponder.rules.model.SubjectCondition
	 * @generated
	 */
	EClass getSubjectCondition();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.BodyCondition <em>Body Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Body Condition</em>'.
	 * @see org.emailresponder.rules.model.BodyCondition
	 * @generated
	 */
	EClass getBodyCondition();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.ContactFieldCondition <em>Contact Field Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact Field Condition</em>'.
	 * @see org.emailresponder.rules.model.ContactFieldCondition
	 * @generated
	 */
	EClass getContactFieldCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.ContactFieldCondition#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field</em>'.
	 * @see org.emailresponder.rules.model.ContactFieldCondition#getField()
	 * @see #getContactFieldCondition()
	 * @generated
	 */
	EAttribute getContactFieldCondition_Field();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.FactCondition <em>Fact Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fact Condition</em>'.
	 * @see org.emailresponder.rules.model.FactCondition
	 * @generated
	 */
	EClass getFactCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.FactCondition#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.emailresponder.rules.model.FactCondition#getKey()
	 * @see #getFactCondition()
	 * @generated
	 */
	EAttribute getFactCondition_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.FactCondition#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.emailresponder.rules.model.FactCondition#getValue()
	 * @see #getFactCondition()
	 * @generated
	 */
	EAttribute getFactCondition_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.FactCondition#getMinConfidence <em>Min Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Confidence</em>'.
	 * @see org.emailresponder.rules.model.FactCondition#getMinConfidence()
	 * @see #getFactCondition()
	 * @generated
	 */
	EAttribute getFactCondition_MinConfidence();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.AttachmentCondition <em>Attachment Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attachment Condition</em>'.
	 * @see org.emailresponder.rules.model.AttachmentCondition
	 * @generated
	 */
	EClass getAttachmentCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.AttachmentCondition#getFileNamePattern <em>File Name Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name Pattern</em>'.
	 * @see org.emailresponder.rules.model.AttachmentCondition#getFileNamePattern()
	 * @see #getAttachmentCondition()
	 * @generated
	 */
	EAttribute getAttachmentCondition_FileNamePattern();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.AttachmentCondition#getContentType <em>Content Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Type</em>'.
	 * @see org.emailresponder.rules.model.AttachmentCondition#getContentType()
	 * @see #getAttachmentCondition()
	 * @generated
	 */
	EAttribute getAttachmentCondition_ContentType();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.AttachmentCondition#getMinCount <em>Min Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Count</em>'.
	 * @see org.emailresponder.rules.model.AttachmentCondition#getMinCount()
	 * @see #getAttachmentCondition()
	 * @generated
	 */
	EAttribute getAttachmentCondition_MinCount();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.TimeCondition <em>Time Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Time Condition</em>'.
	 * @see org.emailresponder.rules.model.TimeCondition
	 * @generated
	 */
	EClass getTimeCondition();

	/**
	 * Returns the meta object for the attribute list '{@link org.emailresponder.rules.model.TimeCondition#getWeekdays <em>Weekdays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Weekdays</em>'.
	 * @see org.emailresponder.rules.model.TimeCondition#getWeekdays()
	 * @see #getTimeCondition()
	 * @generated
	 */
	EAttribute getTimeCondition_Weekdays();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.TimeCondition#getFromHour <em>From Hour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Hour</em>'.
	 * @see org.emailresponder.rules.model.TimeCondition#getFromHour()
	 * @see #getTimeCondition()
	 * @generated
	 */
	EAttribute getTimeCondition_FromHour();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.TimeCondition#getToHour <em>To Hour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Hour</em>'.
	 * @see org.emailresponder.rules.model.TimeCondition#getToHour()
	 * @see #getTimeCondition()
	 * @generated
	 */
	EAttribute getTimeCondition_ToHour();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.TimeCondition#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see org.emailresponder.rules.model.TimeCondition#getTimeZone()
	 * @see #getTimeCondition()
	 * @generated
	 */
	EAttribute getTimeCondition_TimeZone();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.AssignToGroup <em>Assign To Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assign To Group</em>'.
	 * @see org.emailresponder.rules.model.AssignToGroup
	 * @generated
	 */
	EClass getAssignToGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.AssignToGroup#getGroupName <em>Group Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Name</em>'.
	 * @see org.emailresponder.rules.model.AssignToGroup#getGroupName()
	 * @see #getAssignToGroup()
	 * @generated
	 */
	EAttribute getAssignToGroup_GroupName();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.AssignToUser <em>Assign To User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assign To User</em>'.
	 * @see org.emailresponder.rules.model.AssignToUser
	 * @generated
	 */
	EClass getAssignToUser();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.AssignToUser#getLogin <em>Login</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Login</em>'.
	 * @see org.emailresponder.rules.model.AssignToUser#getLogin()
	 * @see #getAssignToUser()
	 * @generated
	 */
	EAttribute getAssignToUser_Login();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.SetPriority <em>Set Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Set Priority</em>'.
	 * @see org.emailresponder.rules.model.SetPriority
	 * @generated
	 */
	EClass getSetPriority();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.SetPriority#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.emailresponder.rules.model.SetPriority#getPriority()
	 * @see #getSetPriority()
	 * @generated
	 */
	EAttribute getSetPriority_Priority();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.BlockSender <em>Block Sender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Block Sender</em>'.
	 * @see org.emailresponder.rules.model.BlockSender
	 * @generated
	 */
	EClass getBlockSender();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.BlockSender#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.emailresponder.rules.model.BlockSender#getReason()
	 * @see #getBlockSender()
	 * @generated
	 */
	EAttribute getBlockSender_Reason();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.MarkAsSpam <em>Mark As Spam</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mark As Spam</em>'.
	 * @see org.emailresponder.rules.model.MarkAsSpam
	 * @generated
	 */
	EClass getMarkAsSpam();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.AutoAcknowledge <em>Auto Acknowledge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Auto Acknowledge</em>'.
	 * @see org.emailresponder.rules.model.AutoAcknowledge
	 * @generated
	 */
	EClass getAutoAcknowledge();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.AutoAcknowledge#getTemplateName <em>Template Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Name</em>'.
	 * @see org.emailresponder.rules.model.AutoAcknowledge#getTemplateName()
	 * @see #getAutoAcknowledge()
	 * @generated
	 */
	EAttribute getAutoAcknowledge_TemplateName();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.AutoAcknowledge#getMaxPerSender <em>Max Per Sender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Per Sender</em>'.
	 * @see org.emailresponder.rules.model.AutoAcknowledge#getMaxPerSender()
	 * @see #getAutoAcknowledge()
	 * @generated
	 */
	EAttribute getAutoAcknowledge_MaxPerSender();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.AutoAcknowledge#getPeriodHours <em>Period Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Hours</em>'.
	 * @see org.emailresponder.rules.model.AutoAcknowledge#getPeriodHours()
	 * @see #getAutoAcknowledge()
	 * @generated
	 */
	EAttribute getAutoAcknowledge_PeriodHours();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.SuggestTemplate <em>Suggest Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Suggest Template</em>'.
	 * @see org.emailresponder.rules.model.SuggestTemplate
	 * @generated
	 */
	EClass getSuggestTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.SuggestTemplate#getTemplateName <em>Template Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Name</em>'.
	 * @see org.emailresponder.rules.model.SuggestTemplate#getTemplateName()
	 * @see #getSuggestTemplate()
	 * @generated
	 */
	EAttribute getSuggestTemplate_TemplateName();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.Tag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tag</em>'.
	 * @see org.emailresponder.rules.model.Tag
	 * @generated
	 */
	EClass getTag();

	/**
	 * Returns the meta object for the attribute '{@link org.emailresponder.rules.model.Tag#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag</em>'.
	 * @see org.emailresponder.rules.model.Tag#getTag()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Tag();

	/**
	 * Returns the meta object for class '{@link org.emailresponder.rules.model.Stop <em>Stop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stop</em>'.
	 * @see org.emailresponder.rules.model.Stop
	 * @generated
	 */
	EClass getStop();

	/**
	 * Returns the meta object for enum '{@link org.emailresponder.rules.model.Operator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Operator</em>'.
	 * @see org.emailresponder.rules.model.Operator
	 * @generated
	 */
	EEnum getOperator();

	/**
	 * Returns the meta object for enum '{@link org.emailresponder.rules.model.Weekday <em>Weekday</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Weekday</em>'.
	 * @see org.emailresponder.rules.model.Weekday
	 * @generated
	 */
	EEnum getWeekday();

	/**
	 * Returns the meta object for data type '<em>Hour</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Hour</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="minInclusive='0' maxInclusive='24'"
	 * @generated
	 */
	EDataType getHour();

	/**
	 * Returns the meta object for data type '<em>Priority</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Priority</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="minInclusive='0' maxInclusive='9'"
	 * @generated
	 */
	EDataType getPriority();

	/**
	 * Returns the meta object for data type '<em>Confidence</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Confidence</em>'.
	 * @model instanceClass="double"
	 *        extendedMetaData="minInclusive='0.0' maxInclusive='1.0'"
	 * @generated
	 */
	EDataType getConfidence();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RulesFactory getRulesFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.RuleSetImpl <em>Rule Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.RuleSetImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getRuleSet()
		 * @generated
		 */
		EClass RULE_SET = eINSTANCE.getRuleSet();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SET__NAME = eINSTANCE.getRuleSet_Name();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_SET__RULES = eINSTANCE.getRuleSet_Rules();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.RuleImpl <em>Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.RuleImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getRule()
		 * @generated
		 */
		EClass RULE = eINSTANCE.getRule();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__NAME = eINSTANCE.getRule_Name();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__ENABLED = eINSTANCE.getRule_Enabled();

		/**
		 * The meta object literal for the '<em><b>Match All</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__MATCH_ALL = eINSTANCE.getRule_MatchAll();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE__CONDITIONS = eINSTANCE.getRule_Conditions();

		/**
		 * The meta object literal for the '<em><b>Exceptions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE__EXCEPTIONS = eINSTANCE.getRule_Exceptions();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE__ACTIONS = eINSTANCE.getRule_Actions();

		/**
		 * The meta object literal for the '<em><b>Stop Processing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__STOP_PROCESSING = eINSTANCE.getRule_StopProcessing();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.ConditionImpl <em>Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.ConditionImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getCondition()
		 * @generated
		 */
		EClass CONDITION = eINSTANCE.getCondition();

		/**
		 * The meta object literal for the '<em><b>Negated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__NEGATED = eINSTANCE.getCondition_Negated();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.ActionImpl <em>Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.ActionImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getAction()
		 * @generated
		 */
		EClass ACTION = eINSTANCE.getAction();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.TextConditionImpl <em>Text Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.TextConditionImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getTextCondition()
		 * @generated
		 */
		EClass TEXT_CONDITION = eINSTANCE.getTextCondition();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_CONDITION__OPERATOR = eINSTANCE.getTextCondition_Operator();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_CONDITION__VALUE = eINSTANCE.getTextCondition_Value();

		/**
		 * The meta object literal for the '<em><b>Case Sensitive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_CONDITION__CASE_SENSITIVE = eINSTANCE.getTextCondition_CaseSensitive();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.HeaderConditionImpl <em>Header Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.HeaderConditionImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getHeaderCondition()
		 * @generated
		 */
		EClass HEADER_CONDITION = eINSTANCE.getHeaderCondition();

		/**
		 * The meta object literal for the '<em><b>Header</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEADER_CONDITION__HEADER = eINSTANCE.getHeaderCondition_Header();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.SenderConditionImpl <em>Sender Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.SenderConditionImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getSenderCondition()
		 * @generated
		 */
		EClass SENDER_CONDITION = eINSTANCE.getSenderCondition();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.SubjectConditionImpl <em>Subject Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.SubjectConditionImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getSubjectCondition()
		 * @generated
		 */
		EClass SUBJECT_CONDITION = eINSTANCE.getSubjectCondition();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.BodyConditionImpl <em>Body Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.BodyConditionImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getBodyCondition()
		 * @generated
		 */
		EClass BODY_CONDITION = eINSTANCE.getBodyCondition();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.ContactFieldConditionImpl <em>Contact Field Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.ContactFieldConditionImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getContactFieldCondition()
		 * @generated
		 */
		EClass CONTACT_FIELD_CONDITION = eINSTANCE.getContactFieldCondition();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_FIELD_CONDITION__FIELD = eINSTANCE.getContactFieldCondition_Field();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.FactConditionImpl <em>Fact Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.FactConditionImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getFactCondition()
		 * @generated
		 */
		EClass FACT_CONDITION = eINSTANCE.getFactCondition();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT_CONDITION__KEY = eINSTANCE.getFactCondition_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT_CONDITION__VALUE = eINSTANCE.getFactCondition_Value();

		/**
		 * The meta object literal for the '<em><b>Min Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT_CONDITION__MIN_CONFIDENCE = eINSTANCE.getFactCondition_MinConfidence();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.AttachmentConditionImpl <em>Attachment Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.AttachmentConditionImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getAttachmentCondition()
		 * @generated
		 */
		EClass ATTACHMENT_CONDITION = eINSTANCE.getAttachmentCondition();

		/**
		 * The meta object literal for the '<em><b>File Name Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT_CONDITION__FILE_NAME_PATTERN = eINSTANCE.getAttachmentCondition_FileNamePattern();

		/**
		 * The meta object literal for the '<em><b>Content Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT_CONDITION__CONTENT_TYPE = eINSTANCE.getAttachmentCondition_ContentType();

		/**
		 * The meta object literal for the '<em><b>Min Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT_CONDITION__MIN_COUNT = eINSTANCE.getAttachmentCondition_MinCount();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.TimeConditionImpl <em>Time Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.TimeConditionImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getTimeCondition()
		 * @generated
		 */
		EClass TIME_CONDITION = eINSTANCE.getTimeCondition();

		/**
		 * The meta object literal for the '<em><b>Weekdays</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_CONDITION__WEEKDAYS = eINSTANCE.getTimeCondition_Weekdays();

		/**
		 * The meta object literal for the '<em><b>From Hour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_CONDITION__FROM_HOUR = eINSTANCE.getTimeCondition_FromHour();

		/**
		 * The meta object literal for the '<em><b>To Hour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_CONDITION__TO_HOUR = eINSTANCE.getTimeCondition_ToHour();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_CONDITION__TIME_ZONE = eINSTANCE.getTimeCondition_TimeZone();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.AssignToGroupImpl <em>Assign To Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.AssignToGroupImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getAssignToGroup()
		 * @generated
		 */
		EClass ASSIGN_TO_GROUP = eINSTANCE.getAssignToGroup();

		/**
		 * The meta object literal for the '<em><b>Group Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGN_TO_GROUP__GROUP_NAME = eINSTANCE.getAssignToGroup_GroupName();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.AssignToUserImpl <em>Assign To User</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.AssignToUserImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getAssignToUser()
		 * @generated
		 */
		EClass ASSIGN_TO_USER = eINSTANCE.getAssignToUser();

		/**
		 * The meta object literal for the '<em><b>Login</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGN_TO_USER__LOGIN = eINSTANCE.getAssignToUser_Login();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.SetPriorityImpl <em>Set Priority</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.SetPriorityImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getSetPriority()
		 * @generated
		 */
		EClass SET_PRIORITY = eINSTANCE.getSetPriority();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_PRIORITY__PRIORITY = eINSTANCE.getSetPriority_Priority();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.BlockSenderImpl <em>Block Sender</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.BlockSenderImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getBlockSender()
		 * @generated
		 */
		EClass BLOCK_SENDER = eINSTANCE.getBlockSender();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLOCK_SENDER__REASON = eINSTANCE.getBlockSender_Reason();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.MarkAsSpamImpl <em>Mark As Spam</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.MarkAsSpamImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getMarkAsSpam()
		 * @generated
		 */
		EClass MARK_AS_SPAM = eINSTANCE.getMarkAsSpam();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.AutoAcknowledgeImpl <em>Auto Acknowledge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.AutoAcknowledgeImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getAutoAcknowledge()
		 * @generated
		 */
		EClass AUTO_ACKNOWLEDGE = eINSTANCE.getAutoAcknowledge();

		/**
		 * The meta object literal for the '<em><b>Template Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTO_ACKNOWLEDGE__TEMPLATE_NAME = eINSTANCE.getAutoAcknowledge_TemplateName();

		/**
		 * The meta object literal for the '<em><b>Max Per Sender</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTO_ACKNOWLEDGE__MAX_PER_SENDER = eINSTANCE.getAutoAcknowledge_MaxPerSender();

		/**
		 * The meta object literal for the '<em><b>Period Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTO_ACKNOWLEDGE__PERIOD_HOURS = eINSTANCE.getAutoAcknowledge_PeriodHours();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.SuggestTemplateImpl <em>Suggest Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.SuggestTemplateImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getSuggestTemplate()
		 * @generated
		 */
		EClass SUGGEST_TEMPLATE = eINSTANCE.getSuggestTemplate();

		/**
		 * The meta object literal for the '<em><b>Template Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUGGEST_TEMPLATE__TEMPLATE_NAME = eINSTANCE.getSuggestTemplate_TemplateName();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.TagImpl <em>Tag</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.TagImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getTag()
		 * @generated
		 */
		EClass TAG = eINSTANCE.getTag();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__TAG = eINSTANCE.getTag_Tag();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.impl.StopImpl <em>Stop</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.StopImpl
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getStop()
		 * @generated
		 */
		EClass STOP = eINSTANCE.getStop();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.Operator <em>Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.Operator
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getOperator()
		 * @generated
		 */
		EEnum OPERATOR = eINSTANCE.getOperator();

		/**
		 * The meta object literal for the '{@link org.emailresponder.rules.model.Weekday <em>Weekday</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.Weekday
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getWeekday()
		 * @generated
		 */
		EEnum WEEKDAY = eINSTANCE.getWeekday();

		/**
		 * The meta object literal for the '<em>Hour</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getHour()
		 * @generated
		 */
		EDataType HOUR = eINSTANCE.getHour();

		/**
		 * The meta object literal for the '<em>Priority</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getPriority()
		 * @generated
		 */
		EDataType PRIORITY = eINSTANCE.getPriority();

		/**
		 * The meta object literal for the '<em>Confidence</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emailresponder.rules.model.impl.RulesPackageImpl#getConfidence()
		 * @generated
		 */
		EDataType CONFIDENCE = eINSTANCE.getConfidence();

	}

} //RulesPackage
