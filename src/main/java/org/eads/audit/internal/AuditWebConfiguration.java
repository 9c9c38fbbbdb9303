package org.eads.audit.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebMvcConfigurer {

    private final AuditorAccess auditorAccess;

    AuditWebConfiguration(AuditorAccess auditorAccess) {
        this.auditorAccess = auditorAccess;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(auditorAccess).addPathPatterns("/audit", "/audit/**");
    }
}
