package dev.hybridstore.orderconsumer;

import dev.hybridstore.testsupport.RefusalContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HttpRefusalTest extends RefusalContract {
}
