package org.emailresponder.releng.emfgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs the EMF model code generator without an Eclipse runtime, from Maven (exec:java, so it throws instead of
 * calling System.exit).
 *
 * <pre>
 * GenerateModel check    &lt;bundleDir&gt; model/x.genmodel   generate into a temp copy, fail when src-gen differs
 * GenerateModel generate &lt;bundleDir&gt; model/x.genmodel   replace src-gen with freshly generated code
 * GenerateModel init     &lt;bundleDir&gt; model/x.genmodel model/x.ecore basePackage prefix   create the genmodel once
 * </pre>
 */
public final class GenerateModel {
    private static final String SRC_GEN = "src-gen";

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: check|generate|init <bundleDir> <genmodel> [ecore basePackage prefix]");
        }
        Path bundleDir = Path.of(args[1]).toAbsolutePath().normalize();
        String genmodel = args[2];
        setUpStandalone();
        switch (args[0]) {
            case "init" -> init(bundleDir, genmodel, args[3], args[4], args[5]);
            case "generate" -> generate(bundleDir, bundleDir, genmodel);
            case "check" -> check(bundleDir, genmodel);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static void setUpStandalone() {
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
    }

    /** What the IDE wizard does: a genmodel for one .ecore, with our conventions. */
    private static void init(Path bundleDir, String genmodel, String ecore, String basePackage, String prefix) throws IOException {
        ResourceSet rs = new ResourceSetImpl();
        Resource ecoreResource = rs.getResource(URI.createFileURI(bundleDir.resolve(ecore).toString()), true);
        EPackage ePackage = (EPackage) ecoreResource.getContents().get(0);
        GenModel model = GenModelFactory.eINSTANCE.createGenModel();
        model.initialize(List.of(ePackage));
        String project = bundleDir.getFileName().toString();
        model.setModelDirectory("/" + project + "/" + SRC_GEN);
        model.setModelPluginID(project);
        model.setModelName(prefix);
        model.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        model.setCopyrightFields(false);
        model.setOperationReflection(true);
        model.setImportOrganizing(true);
        model.setBundleManifest(true);
        model.setUpdateClasspath(false);
        model.getForeignModel().add(bundleDir.resolve(ecore).getFileName().toString());
        model.setImporterID("org.eclipse.emf.importer.ecore");
        GenPackage genPackage = model.getGenPackages().get(0);
        genPackage.setBasePackage(basePackage);
        genPackage.setPrefix(prefix);
        Resource out = rs.createResource(URI.createFileURI(bundleDir.resolve(genmodel).toString()));
        out.getContents().add(model);
        out.save(Map.of());
        System.out.println("wrote " + bundleDir.resolve(genmodel));
    }

    /** Generates the model code of the genmodel under {@code sourceDir} into {@code targetDir}/src-gen. */
    private static void generate(Path sourceDir, Path targetDir, String genmodel) throws IOException {
        deleteTree(targetDir.resolve(SRC_GEN));
        String project = sourceDir.getFileName().toString();
        EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(targetDir + "/"));
        ResourceSet rs = new ResourceSetImpl();
        GenModel model = (GenModel) rs.getResource(URI.createFileURI(targetDir.resolve(genmodel).toString()), true)
                .getContents().get(0);
        model.reconcile();
        model.setCanGenerate(true);
        Generator generator = new Generator();
        generator.setInput(model);
        Diagnostic result = generator.generate(model, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
        if (result.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("EMF generation failed: " + result);
        }
        System.out.println("EMF: generated " + countFiles(targetDir.resolve(SRC_GEN)) + " files into " + targetDir.resolve(SRC_GEN));
    }

    /** Generates into a temporary copy of the model folder and compares with the committed src-gen. */
    private static void check(Path bundleDir, String genmodel) throws IOException {
        Path temp = Files.createTempDirectory("emf-check").resolve(bundleDir.getFileName().toString());
        Path modelDir = bundleDir.resolve(genmodel).getParent();
        copyTree(modelDir, temp.resolve(bundleDir.relativize(modelDir)));
        // existing descriptors keep the generator from writing its own into the temp project
        for (String file : List.of("META-INF/MANIFEST.MF", "plugin.xml", "plugin.properties", "build.properties")) {
            if (Files.exists(bundleDir.resolve(file))) {
                Files.createDirectories(temp.resolve(file).getParent());
                Files.copy(bundleDir.resolve(file), temp.resolve(file));
            }
        }
        generate(bundleDir, temp, genmodel);
        List<String> differences = compare(bundleDir.resolve(SRC_GEN), temp.resolve(SRC_GEN));
        deleteTree(temp.getParent());
        if (!differences.isEmpty()) {
            differences.forEach(d -> System.out.println("EMF check: " + d));
            throw new IllegalStateException("committed src-gen does NOT match " + genmodel + " (" + differences.size()
                    + " difference(s)); regenerate with -Demf.mode=generate");
        }
        System.out.println("EMF check: src-gen matches " + genmodel);
    }

    private static List<String> compare(Path committed, Path fresh) throws IOException {
        Set<String> names = new TreeSet<>(relativeFiles(committed));
        names.addAll(relativeFiles(fresh));
        List<String> differences = new ArrayList<>();
        for (String name : names) {
            Path a = committed.resolve(name);
            Path b = fresh.resolve(name);
            if (!Files.exists(a)) {
                differences.add("missing: " + name);
            } else if (!Files.exists(b)) {
                differences.add("not generated any more: " + name);
            } else if (!normalized(a).equals(normalized(b))) {
                differences.add("differs: " + name);
            }
        }
        return differences;
    }

    private static String normalized(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        }
    }

    private static long countFiles(Path root) throws IOException {
        return relativeFiles(root).size();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
