/**
 * Shared web infrastructure: the layout's model, languages, error pages, paging links and the start page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.custodia.web;
