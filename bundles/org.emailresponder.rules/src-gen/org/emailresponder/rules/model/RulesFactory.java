/**
 */
package org.emailresponder.rules.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.emailresponder.rules.model.RulesPackage
 * @generated
 */
public interface RulesFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RulesFactory eINSTANCE = org.emailresponder.rules.model.impl.RulesFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Rule Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rule Set</em>'.
	 * @generated
	 */
	RuleSet createRuleSet();

	/**
	 * Returns a new object of class '<em>Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rule</em>'.
	 * @generated
	 */
	Rule createRule();

	/**
	 * Returns a new object of class '<em>Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Condition</em>'.
	 * @generated
	 */
	Condition createCondition();

	/**
	 * Returns a new object of class '<em>Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Action</em>'.
	 * @generated
	 */
	Action createAction();

	/**
	 * Returns a new object of class '<em>Header Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Header Condition</em>'.
	 * @generated
	 */
	HeaderCondition createHeaderCondition();

	/**
	 * Returns a new object of class '<em>Sender Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sender Condition</em>'.
	 * @generated
	 */
	SenderCondition createSenderCondition();

	/**
	 * Returns a new object of class '<em>Subject Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subject Condition</em>'.
	 * @generated
	 */
	SubjectCondition createSubjectCondition();

	/**
	 * Returns a new object of class '<em>Body Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Body Condition</em>'.
	 * @generated
	 */
	BodyCondition createBodyCondition();

	/**
	 * Returns a new object of class '<em>Contact Field Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contact Field Condition</em>'.
	 * @generated
	 */
	ContactFieldCondition createContactFieldCondition();

	/**
	 * Returns a new object of class '<em>Fact Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fact Condition</em>'.
	 * @generated
	 */
	FactCondition createFactCondition();

	/**
	 * Returns a new object of class '<em>Attachment Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Attachment Condition</em>'.
	 * @generated
	 */
	AttachmentCondition createAttachmentCondition();

	/**
	 * Returns a new object of class '<em>Time Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Time Condition</em>'.
	 * @generated
	 */
	TimeCondition createTimeCondition();

	/**
	 * Returns a new object of class '<em>Assign To Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assign To Group</em>'.
	 * @generated
	 */
	AssignToGroup createAssignToGroup();

	/**
	 * Returns a new object of class '<em>Assign To User</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assign To User</em>'.
	 * @generated
	 */
	AssignToUser createAssignToUser();

	/**
	 * Returns a new object of class '<em>Set Priority</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Set Priority</em>'.
	 * @generated
	 */
	SetPriority createSetPriority();

	/**
	 * Returns a new object of class '<em>Block Sender</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Block Sender</em>'.
	 * @generated
	 */
	BlockSender createBlockSender();

	/**
	 * Returns a new object of class '<em>Mark As Spam</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mark As Spam</em>'.
	 * @generated
	 */
	MarkAsSpam createMarkAsSpam();

	/**
	 * Returns a new object of class '<em>Auto Acknowledge</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Auto Acknowledge</em>'.
	 * @generated
	 */
	AutoAcknowledge createAutoAcknowledge();

	/**
	 * Returns a new object of class '<em>Suggest Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Suggest Template</em>'.
	 * @generated
	 */
	SuggestTemplate createSuggestTemplate();

	/**
	 * Returns a new object of class '<em>Tag</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tag</em>'.
	 * @generated
	 */
	Tag createTag();

	/**
	 * Returns a new object of class '<em>Stop</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stop</em>'.
	 * @generated
	 */
	Stop createStop();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	RulesPackage getRulesPackage();

} //RulesFactory
