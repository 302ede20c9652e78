package app.pathwise.careerpath.web.authoring;

import app.pathwise.careerpath.authoring.transfer.FrameworkTransfer;
import app.pathwise.shared.web.UploadLimitFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The career-path import's upload limit, checked before anything reads the upload. */
@Configuration(proxyBeanMethods = false)
class PathImportUploadLimit {

    @Bean
    FilterRegistrationBean<UploadLimitFilter> pathImportUploadLimitFilter() {
        return UploadLimitFilter.register("/framework/paths/import", FrameworkTransfer.MAX_MEGABYTES,
            "/framework/paths/transfer");
    }
}
