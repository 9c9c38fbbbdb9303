package org.eads.scam.internal.web.partners;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class PartnerWebConfiguration implements WebMvcConfigurer {

    private final PartnerConfinement confinement;

    PartnerWebConfiguration(PartnerConfinement confinement) {
        this.confinement = confinement;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(confinement).addPathPatterns("/api/**");
    }
}
