package org.eads.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title, description and bearer authentication of the OpenAPI document at /api/docs. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String BEARER = "bearer";

    @Bean
    OpenAPI eadsOpenApi() {
        return new OpenAPI()
                .info(new Info().title("e-ADS API").version("v1").description("""
                        The electronic ASEANAPOL Database System. Every call needs a bearer token: \
                        `./eads token USERNAME` prints one, or an administrator issues one for an API client user. \
                        Records answer as their owner shares them: a record you may not see answers 404, exactly like \
                        a record that does not exist. Every read is audited; give `purpose` (a case reference) where \
                        a call accepts it. Errors are RFC 9457 problem details whose `detail` says what to fix."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("An e-ADS API token")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
