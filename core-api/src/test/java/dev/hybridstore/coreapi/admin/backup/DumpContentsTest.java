package dev.hybridstore.coreapi.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DumpContentsTest {

    private static final String TOC = """
            ;
            ; Archive created at 2026-11-25 02:17:42 UTC
            ;     dbname: hs_ops
            ;     Format: CUSTOM
            ;
            8; 2615 20102 SCHEMA - pokervod hybridstore
            3; 3079 20020 EXTENSION - pg_trgm\s
            3645; 0 0 COMMENT - EXTENSION pg_trgm\s
            2; 3079 19692 EXTENSION - vector\s
            3646; 0 0 COMMENT - EXTENSION vector\s
            217; 1259 20103 TABLE pokervod clips hybridstore
            3637; 0 20103 TABLE DATA pokervod clips hybridstore
            """;

    @Test
    void readsTheSourceDatabaseSchemasAndExtensions() {
        DumpContents contents = DumpContents.parse(TOC);
        assertThat(contents.database()).isEqualTo("hs_ops");
        assertThat(contents.schemas()).containsExactly("pokervod");
        assertThat(contents.extensions()).containsExactly("pg_trgm", "vector");
    }

    @Test
    void theRestoreListLeavesTheSuperusersExtensionsAlone() {
        String list = DumpContents.parse(TOC).restoreList();
        assertThat(list).doesNotContain("EXTENSION").contains("SCHEMA - pokervod", "TABLE DATA pokervod clips");
    }

    @Test
    void aSchemaBackupIsRecognisedByItsNameEvenWhenTheDatabaseNameHasUnderscores() {
        DumpContents contents = DumpContents.parse(TOC);
        assertThat(contents.schemaOf("hybridstore_hs_ops_pokervod_20260101_120000.dump")).isEqualTo("pokervod");
        assertThat(contents.schemaOf("hybridstore_hs_ops_pokervod_20260101_120000_2.dump")).isEqualTo("pokervod");
        assertThat(contents.schemaOf("hybridstore_hs_ops_20260101_120000.dump")).isNull();
        assertThat(contents.schemaOf("copied-by-hand.dump")).isNull();
    }

    @Test
    void aSchemaBackupReplacesOnlyItsSchema() {
        assertThat(DumpContents.parse(TOC).replacedSchemas("hybridstore_hs_ops_pokervod_20260101_120000.dump", List.of("pokervod")))
                .containsExactly("pokervod");
    }

    @Test
    void aWholeDatabaseBackupReplacesPublicAndEveryOwnedSchema() {
        DumpContents whole = DumpContents.parse(TOC + "215; 1259 16390 TABLE public users hybridstore\n"
                + "3600; 0 16390 TABLE DATA public users hybridstore\n");
        assertThat(whole.objectSchemas()).containsExactlyInAnyOrder("public", "pokervod");
        assertThat(whole.replacedSchemas("hybridstore_hs_ops_20260101_120000.dump", List.of("pokervod", "archive")))
                .containsExactly("public", "pokervod", "archive");
    }

    @Test
    void aRenamedDumpWithNothingInPublicNeverEmptiesPublic() {
        assertThat(DumpContents.parse(TOC).replacedSchemas("from-the-server.dump", List.of("pokervod", "archive")))
                .containsExactly("pokervod");
    }
}
