/**
 * Client documents, and the rules every stored file follows (its type judged by its bytes, its size, its name):
 * exposed to other modules (complaint attachments) as the named interface {@code documents}.
 */
@org.springframework.modulith.NamedInterface("documents")
package com.custodia.clients.documents;
