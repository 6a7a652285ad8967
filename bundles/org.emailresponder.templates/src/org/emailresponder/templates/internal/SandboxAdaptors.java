package org.emailresponder.templates.internal;

import java.util.Map;

import org.stringtemplate.v4.Interpreter;
import org.stringtemplate.v4.ModelAdaptor;
import org.stringtemplate.v4.ST;
import org.stringtemplate.v4.STGroup;
import org.stringtemplate.v4.misc.STNoSuchPropertyException;

/**
 * Replaces StringTemplate's reflective property access: published fields of {@link VariableObject}s are the only
 * properties a template can read. {@code $x.class$}, {@code $x.getClass$}, getters of strings or anything else are
 * reported as unknown and render as nothing.
 */
final class SandboxAdaptors {
    private SandboxAdaptors() {
    }

    static void install(STGroup group) {
        group.registerModelAdaptor(Object.class, new DenyAll());
        group.registerModelAdaptor(Map.class, new DenyAll());
        group.registerModelAdaptor(VariableObject.class, new Fields());
    }

    private static final class Fields implements ModelAdaptor<VariableObject> {
        @Override
        public Object getProperty(Interpreter interp, ST self, VariableObject model, Object property, String propertyName) {
            if (propertyName == null || !model.publishes(propertyName)) {
                throw new STNoSuchPropertyException(null, model, propertyName);
            }
            return model.get(propertyName);
        }
    }

    private static final class DenyAll implements ModelAdaptor<Object> {
        @Override
        public Object getProperty(Interpreter interp, ST self, Object model, Object property, String propertyName) {
            throw new STNoSuchPropertyException(null, model, propertyName);
        }
    }
}
