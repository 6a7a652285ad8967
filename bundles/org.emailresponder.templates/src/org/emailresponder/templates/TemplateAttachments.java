package org.emailresponder.templates;

import java.util.List;

import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.Template;
import org.emailresponder.store.model.TemplateAttachment;

/**
 * Files sent with every reply made from a template. Managing them needs {@link Permission#MANAGE_TEMPLATES}; reading
 * them needs the template to be visible to the user.
 */
public final class TemplateAttachments {
    /** Larger files belong on a download page, not in every reply. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final Store store;
    private final TemplateLibrary library;

    public TemplateAttachments(Store store, TemplateLibrary library) {
        this.store = store;
        this.library = library;
    }

    public TemplateAttachmentInfo add(UserSession session, long templateId, String fileName, String contentType, byte[] data) {
        session.require(Permission.MANAGE_TEMPLATES);
        if (fileName == null || fileName.isBlank() || fileName.length() > 500
                || fileName.chars().anyMatch(c -> c < 0x20 || "\"/\\".indexOf(c) >= 0)) {
            throw new ValidationException("An attachment needs a plain file name (no path, quotes or line breaks)");
        }
        if (data == null || data.length > MAX_BYTES) {
            throw new ValidationException("An attachment must have data and be at most " + MAX_BYTES / 1024 / 1024 + " MB");
        }
        return store.inTransaction(em -> {
            Template template = TemplateLibrary.existing(em, templateId);
            TemplateAttachment a = new TemplateAttachment();
            a.setTemplate(template);
            a.setFileName(fileName.strip());
            a.setContentType(contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType.strip());
            a.setData(data.clone());
            em.persist(a);
            em.flush();
            return new TemplateAttachmentInfo(a.getId(), templateId, a.getFileName(), a.getContentType());
        });
    }

    public List<TemplateAttachmentInfo> list(UserSession session, long templateId) {
        requireVisible(session, templateId);
        // Object[] rows, not SELECT NEW: EclipseLink resolves constructor classes with the store bundle's class loader
        List<Object[]> rows = store.read(em -> em.createQuery("SELECT a.id, a.fileName, a.contentType FROM TemplateAttachment a "
                + "WHERE a.template.id = :t ORDER BY a.fileName", Object[].class).setParameter("t", templateId).getResultList());
        return rows.stream().map(r -> new TemplateAttachmentInfo((Long) r[0], templateId, (String) r[1], (String) r[2])).toList();
    }

    public byte[] data(UserSession session, long attachmentId) {
        TemplateAttachment a = store.read(em -> em.find(TemplateAttachment.class, attachmentId));
        if (a == null) {
            throw new ValidationException("Attachment " + attachmentId + " does not exist (any more)");
        }
        requireVisible(session, store.read(em -> em.createQuery(
                "SELECT a.template.id FROM TemplateAttachment a WHERE a.id = :id", Long.class).setParameter("id", attachmentId)
                .getSingleResult()));
        return a.getData().clone();
    }

    public void remove(UserSession session, long attachmentId) {
        session.require(Permission.MANAGE_TEMPLATES);
        store.run(em -> em.createQuery("DELETE FROM TemplateAttachment a WHERE a.id = :id").setParameter("id", attachmentId)
                .executeUpdate());
    }

    private void requireVisible(UserSession session, long templateId) {
        if (library.find(session, templateId).isEmpty()) {
            throw new ValidationException("Template " + templateId + " does not exist or is not visible to " + session.login());
        }
    }
}
