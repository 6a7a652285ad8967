package org.emailresponder.rules.tests;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.emailresponder.rules.model.RulesPackage;

/** A partner's EPackage, built dynamically: conditions and an action that extend our base classes. */
final class TestPackage {
    static final String NS_URI = "http://emailresponder.org/rules/test/1.0";
    static final EPackage PACKAGE;
    static final EClass VIP_CONDITION;
    static final EAttribute VIP_LEVEL;
    static final EClass MISSING_CLASS_CONDITION;
    static final EClass THROWING_CONDITION;
    static final EClass ESCALATE_ACTION;
    static final EAttribute ESCALATE_TAG;

    static {
        EcoreFactory f = EcoreFactory.eINSTANCE;
        PACKAGE = f.createEPackage();
        PACKAGE.setName("partner");
        PACKAGE.setNsPrefix("partner");
        PACKAGE.setNsURI(NS_URI);
        VIP_CONDITION = eClass("VipCondition", RulesPackage.Literals.CONDITION);
        VIP_LEVEL = attribute(VIP_CONDITION, "level");
        MISSING_CLASS_CONDITION = eClass("MissingClassCondition", RulesPackage.Literals.CONDITION);
        THROWING_CONDITION = eClass("ThrowingCondition", RulesPackage.Literals.CONDITION);
        ESCALATE_ACTION = eClass("EscalateAction", RulesPackage.Literals.ACTION);
        ESCALATE_TAG = attribute(ESCALATE_ACTION, "tag");
        EPackage.Registry.INSTANCE.put(NS_URI, PACKAGE);
    }

    private TestPackage() {
    }

    private static EClass eClass(String name, EClass superType) {
        EClass eClass = EcoreFactory.eINSTANCE.createEClass();
        eClass.setName(name);
        eClass.getESuperTypes().add(superType);
        PACKAGE.getEClassifiers().add(eClass);
        return eClass;
    }

    private static EAttribute attribute(EClass owner, String name) {
        EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
        attribute.setName(name);
        attribute.setEType(EcorePackage.Literals.ESTRING);
        owner.getEStructuralFeatures().add(attribute);
        return attribute;
    }

    static void register() {
        // loading the class ran the static initializer
    }
}
