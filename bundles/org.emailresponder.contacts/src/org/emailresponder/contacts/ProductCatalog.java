package org.emailresponder.contacts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.emailresponder.contacts.internal.ContactMapping;
import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.Product;

/**
 * Products customers write about. Everyone who answers messages may read the catalog; changing it needs
 * {@link Permission#MANAGE_TEMPLATES} (supervisors, admins), since products feed analysis and templates.
 * Codes are unique ignoring case.
 */
public final class ProductCatalog {
    private final Store store;
    private volatile ProductMatcher matcher;

    public ProductCatalog(Store store) {
        this.store = store;
    }

    public List<ProductData> list(UserSession session) {
        session.require(Permission.ANSWER_MESSAGES);
        return all();
    }

    public Optional<ProductData> find(UserSession session, long id) {
        session.require(Permission.ANSWER_MESSAGES);
        return store.read(em -> Optional.ofNullable(em.find(Product.class, id)).map(ContactMapping::toData));
    }

    public Optional<ProductData> findByCode(UserSession session, String code) {
        session.require(Permission.ANSWER_MESSAGES);
        return store.read(em -> byCode(em, code).map(ContactMapping::toData));
    }

    /** The product with this alias (or name), ignoring case. */
    public Optional<ProductData> findByAlias(UserSession session, String alias) {
        session.require(Permission.ANSWER_MESSAGES);
        String wanted = alias == null ? "" : alias.strip();
        return all().stream().filter(p -> p.name().equalsIgnoreCase(wanted)
                || p.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(wanted))).findFirst();
    }

    /** The matcher for the current catalog; built once and rebuilt only after this catalog changed it. */
    public ProductMatcher matcher(UserSession session) {
        session.require(Permission.ANSWER_MESSAGES);
        ProductMatcher current = matcher;
        if (current == null) {
            current = ProductMatcher.of(all());
            matcher = current;
        }
        return current;
    }

    public ProductData create(UserSession session, ProductData product) {
        session.require(Permission.MANAGE_TEMPLATES);
        validate(product);
        ProductData saved = store.inTransaction(em -> {
            requireFreeCode(em, product.code(), null);
            Product entity = new Product();
            ContactMapping.copy(product, entity);
            em.persist(entity);
            em.flush();
            return ContactMapping.toData(entity);
        });
        matcher = null;
        return saved;
    }

    public ProductData update(UserSession session, ProductData product) {
        session.require(Permission.MANAGE_TEMPLATES);
        validate(product);
        if (product.id() == null) {
            throw new ValidationException("Only a stored product can be updated");
        }
        ProductData saved = store.inTransaction(em -> {
            Product entity = existing(em, product.id());
            requireFreeCode(em, product.code(), product.id());
            ContactMapping.copy(product, entity);
            em.flush();
            return ContactMapping.toData(entity);
        });
        matcher = null;
        return saved;
    }

    public void delete(UserSession session, long id) {
        session.require(Permission.MANAGE_TEMPLATES);
        store.run(em -> em.remove(existing(em, id)));
        matcher = null;
    }

    private List<ProductData> all() {
        return store.read(em -> em.createQuery("SELECT p FROM Product p ORDER BY p.name", Product.class).getResultList()
                .stream().map(ContactMapping::toData).toList());
    }

    static Optional<Product> byCode(EntityManager em, String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("SELECT p FROM Product p WHERE LOWER(p.code) = :c", Product.class).setParameter("c", wanted)
                .getResultList().stream().findFirst();
    }

    private static Product existing(EntityManager em, long id) {
        Product entity = em.find(Product.class, id);
        if (entity == null) {
            throw new ValidationException("Product " + id + " does not exist (any more)");
        }
        return entity;
    }

    private static void requireFreeCode(EntityManager em, String code, Long ownId) {
        byCode(em, code).filter(p -> !p.getId().equals(ownId)).ifPresent(p -> {
            throw new ValidationException("Product code " + code.strip() + " is already used by " + p.getName());
        });
    }

    private static void validate(ProductData p) {
        if (p.name() == null || p.name().isBlank()) {
            throw new ValidationException("A product needs a name");
        }
        if (p.code() == null || p.code().isBlank()) {
            throw new ValidationException("A product needs a code (SKU)");
        }
        if (p.code().strip().length() > 100 || p.name().strip().length() > 300) {
            throw new ValidationException("Product name or code too long");
        }
        // aliases and links are stored one per line in 2000-character columns
        if (String.join("\n", p.aliases()).length() > 2000 || String.join("\n", p.links()).length() > 2000) {
            throw new ValidationException("Too many aliases or links (at most 2000 characters each in all)");
        }
    }
}
