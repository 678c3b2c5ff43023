package io.newsdigest.models;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The manifest {@code newsdigest.json} of an installed model folder: what the model is, where it came from and the
 * sha256 and size of every other file in the folder. Immutable and validated when built: every message names the
 * offending field. It does not look at the files themselves; {@link ModelStore} does.
 *
 * @param id        folder name and catalog id, lower case ({@code opus-mt-de-en})
 * @param task      what the model does
 * @param family    architecture family the engine runs it as
 * @param languages languages the model reads or writes (ISO 639-1 where one exists)
 * @param source    source language; required for translation models except many-to-many families (M2M100, NLLB)
 * @param target    target language; required for translation models except many-to-many families (M2M100, NLLB)
 * @param licence   SPDX-style licence identifier of the weights
 * @param origin    hub repository and revision the files came from
 * @param files     every file of the folder except the manifest, paths with {@code /}
 * @param attribution the credit the licence asks for (authors, source, changes made), when it asks for one
 */
public record ModelManifest(String id, ModelTask task, ModelFamily family, List<String> languages,
                            Optional<String> source, Optional<String> target, String licence,
                            Origin origin, List<FileEntry> files, Optional<String> attribution) {

    /** Name of the manifest file inside a model folder. */
    public static final String FILE_NAME = "newsdigest.json";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*");

    public ModelManifest {
        checkId(id);
        require("task", task);
        require("family", family);
        require("languages", languages);
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new ModelManifestException("languages", "must name at least one language");
        }
        for (int i = 0; i < languages.size(); i++) {
            requireLanguage("languages[" + i + "]", languages.get(i));
        }
        require("source", source);
        require("target", target);
        if (task == ModelTask.TRANSLATION && !family.manyToMany()) {
            requireLanguage("source", source.orElseThrow(() -> missing("source", family.jsonName() + " translation models")));
            requireLanguage("target", target.orElseThrow(() -> missing("target", family.jsonName() + " translation models")));
        }
        source.ifPresent(s -> requireLanguage("source", s));
        target.ifPresent(t -> requireLanguage("target", t));
        requireText("licence", licence);
        require("origin", origin);
        require("files", files);
        files = List.copyOf(files);
        require("attribution", attribution);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            if (!seen.add(files.get(i).path())) {
                throw new ModelManifestException("files[" + i + "].path", "lists '" + files.get(i).path() + "' twice");
            }
        }
    }

    /** A manifest without attribution, for licences that ask for none. */
    public ModelManifest(String id, ModelTask task, ModelFamily family, List<String> languages,
                         Optional<String> source, Optional<String> target, String licence,
                         Origin origin, List<FileEntry> files) {
        this(id, task, family, languages, source, target, licence, origin, files, Optional.empty());
    }

    /**
     * @param id a candidate model id
     * @return the id, when it is lower-case letters, digits, {@code .}, {@code _} or {@code -} and can name a folder
     * @throws ModelManifestException naming the field {@code id} otherwise
     */
    public static String checkId(String id) {
        requireText("id", id);
        if (!ID.matcher(id).matches() || id.contains("..")) {
            throw new ModelManifestException("id", "must be lower-case letters, digits, '.', '_' or '-' (it names"
                    + " the model folder), was '" + id + "'");
        }
        return id;
    }

    /**
     * @param path a candidate file path inside a model folder
     * @return the path, when it is relative, uses {@code /}, stays inside the folder and is not the manifest
     * @throws ModelManifestException naming the field {@code path} otherwise
     */
    public static String checkPath(String path) {
        requireText("path", path);
        if (path.startsWith("/") || path.contains("\\") || path.contains("//") || path.endsWith("/")
                || List.of(path.split("/")).stream().anyMatch(s -> s.equals("..") || s.equals("."))) {
            throw new ModelManifestException("path", "must be a relative path inside the folder using '/',"
                    + " was '" + path + "'");
        }
        if (path.equals(FILE_NAME)) {
            throw new ModelManifestException("path", "must not list the manifest " + FILE_NAME + " itself");
        }
        return path;
    }

    /** @return the entry for {@code path}, when the manifest lists it */
    public Optional<FileEntry> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** @return sum of the sizes of all listed files, in bytes */
    public long totalSize() {
        return files.stream().mapToLong(FileEntry::size).sum();
    }

    /** @return a copy of this manifest listing {@code newFiles} instead */
    public ModelManifest withFiles(List<FileEntry> newFiles) {
        return new ModelManifest(id, task, family, languages, source, target, licence, origin, newFiles, attribution);
    }

    /** @return the manifest as pretty-printed JSON in the documented field order */
    public String toJson() {
        return ManifestJson.write(this);
    }

    /**
     * @param json the text of a {@code newsdigest.json}
     * @return the validated manifest
     * @throws ModelManifestException naming the field that is missing or wrong
     */
    public static ModelManifest parse(String json) {
        return ManifestJson.read(json);
    }

    /**
     * @param file a {@code newsdigest.json}, or a model folder holding one
     * @return the validated manifest
     * @throws ModelManifestException naming the manifest path and the field that is missing or wrong
     */
    public static ModelManifest read(Path file) {
        return ManifestJson.read(file);
    }

    /**
     * Writes the manifest to {@code folder/newsdigest.json}, replacing it atomically where the file system allows.
     *
     * @param folder the model folder
     * @return the manifest path
     */
    public Path writeTo(Path folder) {
        return ManifestJson.writeTo(this, folder);
    }

    /**
     * Where the files came from.
     *
     * @param repository hub repository, e.g. {@code Helsinki-NLP/opus-mt-de-en}
     * @param revision   commit, branch, or {@code built} for locally built models
     */
    public record Origin(String repository, String revision) {
        public Origin {
            requireText("origin.repository", repository);
            requireText("origin.revision", revision);
        }
    }

    /**
     * One file of the model folder.
     *
     * @param path   relative path with {@code /}, never the manifest itself, never leaving the folder
     * @param sha256 64 lower-case hex digits (upper case is accepted and lowered)
     * @param size   size in bytes
     */
    public record FileEntry(String path, String sha256, long size) {
        private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

        public FileEntry {
            checkPath(path);
            requireText("sha256", sha256);
            sha256 = sha256.toLowerCase(Locale.ROOT);
            if (!HEX64.matcher(sha256).matches()) {
                throw new ModelManifestException("sha256", "must be 64 hex digits, was '" + sha256 + "'");
            }
            if (size < 0) {
                throw new ModelManifestException("size", "must be zero or more bytes, was " + size);
            }
        }
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new ModelManifestException(field, "is missing");
        }
    }

    private static void requireText(String field, String value) {
        require(field, value);
        if (value.isBlank()) {
            throw new ModelManifestException(field, "must not be blank");
        }
    }

    private static void requireLanguage(String field, String value) {
        requireText(field, value);
        if (!LANGUAGE.matcher(value).matches()) {
            throw new ModelManifestException(field, "must be a language code such as 'de' or 'deu_Latn', was '"
                    + value + "'");
        }
    }

    private static ModelManifestException missing(String field, String who) {
        return new ModelManifestException(field, "is required for " + who);
    }
}
