package dev.hybridstore.testsupport.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.testsupport.Migrations;
import dev.hybridstore.testsupport.RealServices;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live commerce tables carry every column of seed 003's tables, with the seed's types. */
class Seed003ColumnsTest {

    private static final Map<String, String> USERS = Map.of(
            "user_id", "character varying(50)", "name", "character varying(100)", "gender", "character(1)",
            "age", "integer", "age_group", "character varying(10)", "region", "character varying(50)", "join_date", "date",
            "last_cached_at", "timestamp without time zone", "created_at", "timestamp without time zone");

    private static final Map<String, String> PRODUCTS = Map.of(
            "product_id", "character varying(50)", "name", "character varying(200)", "category", "character varying(50)",
            "brand", "character varying(100)", "price", "integer", "org_price", "integer", "discount_rate", "double precision",
            "stock", "integer", "last_cached_at", "timestamp without time zone", "created_at", "timestamp without time zone");

    private static final Map<String, String> ORDERS = Map.ofEntries(
            Map.entry("order_id", "character varying(50)"), Map.entry("user_id", "character varying(50)"),
            Map.entry("product_id", "character varying(50)"), Map.entry("quantity", "integer"),
            Map.entry("total_amount", "integer"), Map.entry("shipping_cost", "integer"), Map.entry("discount_amount", "integer"),
            Map.entry("payment_method", "character varying(20)"), Map.entry("status", "character varying(20)"),
            Map.entry("category", "character varying(50)"), Map.entry("user_region", "character varying(50)"),
            Map.entry("user_gender", "character(1)"), Map.entry("user_age_group", "character varying(10)"),
            Map.entry("created_at", "timestamp without time zone"));

    @Test
    void usersHaveSeed003sColumnsAndTypes() throws Exception {
        assertThat(liveColumns("users")).containsAllEntriesOf(USERS);
    }

    @Test
    void productsHaveSeed003sColumnsAndTypes() throws Exception {
        assertThat(liveColumns("products")).containsAllEntriesOf(PRODUCTS);
    }

    @Test
    void ordersHaveSeed003sColumnsAndTypesIncludingTheDenormalizedOnes() throws Exception {
        assertThat(liveColumns("orders")).containsAllEntriesOf(ORDERS);
    }

    private static Map<String, String> liveColumns(String table) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = Migrations.connect(RealServices.endpoints().databaseUrl());
                PreparedStatement st = c.prepareStatement("SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                        + "WHERE a.attrelid = ('public.' || ?)::regclass AND a.attnum > 0 AND NOT a.attisdropped")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }
}
