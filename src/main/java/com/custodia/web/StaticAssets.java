package com.custodia.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the app's own assets under {@code /css}, {@code /js} and {@code /img}, and the WebJars under
 * {@code /webjars} by version-free paths. Boot's default mapping of {@code /**} is switched off
 * ({@code spring.web.resources.add-mappings: false}): with the resource chain that WebJars need, every link a page
 * writes ({@code @{/clients?page=2}}) was looked up on the class path as a possible asset, uncached because none was
 * found, which cost more than half the CPU of a page under load (docs/performance.md). With these patterns only
 * asset links are looked up, and those once.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
		for (String folder : new String[] { "css", "js", "img" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true);
		}
	}

}
