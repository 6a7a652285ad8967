/**
 */
package org.emailresponder.rules.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attachment Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emailresponder.rules.model.AttachmentCondition#getFileNamePattern <em>File Name Pattern</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.AttachmentCondition#getContentType <em>Content Type</em>}</li>
 *   <li>{@link org.emailresponder.rules.model.AttachmentCondition#getMinCount <em>Min Count</em>}</li>
 * </ul>
 *
 * @see org.emailresponder.rules.model.RulesPackage#getAttachmentCondition()
 * @model
 * @generated
 */
public interface AttachmentCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>File Name Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A regular expression for the file name (case-insensitive); empty: any file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Name Pattern</em>' attribute.
	 * @see #setFileNamePattern(String)
	 * @see org.emailresponder.rules.model.RulesPackage#getAttachmentCondition_FileNamePattern()
	 * @model
	 * @generated
	 */
	String getFileNamePattern();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.AttachmentCondition#getFileNamePattern <em>File Name Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name Pattern</em>' attribute.
	 * @see #getFileNamePattern()
	 * @generated
	 */
	void setFileNamePattern(String value);

	/**
	 * Returns the value of the '<em><b>Content Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content Type</em>' attribute.
	 * @see #setContentType(String)
	 * @see org.emailresponder.rules.model.RulesPackage#getAttachmentCondition_ContentType()
	 * @model
	 * @generated
	 */
	String getContentType();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.AttachmentCondition#getContentType <em>Content Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Type</em>' attribute.
	 * @see #getContentType()
	 * @generated
	 */
	void setContentType(String value);

	/**
	 * Returns the value of the '<em><b>Min Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Count</em>' attribute.
	 * @see #setMinCount(int)
	 * @see org.emailresponder.rules.model.RulesPackage#getAttachmentCondition_MinCount()
	 * @model default="1"
	 * @generated
	 */
	int getMinCount();

	/**
	 * Sets the value of the '{@link org.emailresponder.rules.model.AttachmentCondition#getMinCount <em>Min Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Count</em>' attribute.
	 * @see #getMinCount()
	 * @generated
	 */
	void setMinCount(int value);

} // AttachmentCondition
