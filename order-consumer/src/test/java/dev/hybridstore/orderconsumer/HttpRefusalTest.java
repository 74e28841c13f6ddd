package dev.hybridstore.orderconsumer;

import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.RefusalContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = false)
class HttpRefusalTest extends RefusalContract {
}
