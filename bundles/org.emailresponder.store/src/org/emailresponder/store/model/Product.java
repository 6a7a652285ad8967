package org.emailresponder.store.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A product customers write about. */
@Entity
@Table(name = "er_product")
public class Product {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "er_product_seq")
    @SequenceGenerator(name = "er_product_seq", sequenceName = "er_product_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "name")
    private String name;

    @Column(name = "code")
    private String code;

    @Column(name = "aliases")
    private String aliases;

    @Column(name = "description")
    private String description;

    @Column(name = "links")
    private String links;

    @Column(name = "custom_fields")
    private String customFields;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public String getCustomFields() {
        return customFields;
    }

    public void setCustomFields(String customFields) {
        this.customFields = customFields;
    }
}
