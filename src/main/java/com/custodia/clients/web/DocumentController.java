package com.custodia.clients.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.custodia.clients.documents.ClientDocuments;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.clients.documents.DocumentCategory;
import com.custodia.web.FieldProblem;
import com.custodia.security.CurrentUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The archive's documents tab: the list, uploads, and downloads for users in scope. */
@Controller
@RequestMapping("/clients/{id}/documents")
@PreAuthorize("hasAuthority('CLIENT_READ')")
class DocumentController {

	private final ClientService clients;

	private final ClientDocuments documents;

	DocumentController(ClientService clients, ClientDocuments documents) {
		this.clients = clients;
		this.documents = documents;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		ArchiveTabs.populate(model, this.clients.get(user, id), "documents");
		model.addAttribute("documents", this.documents.list(user, id));
		model.addAttribute("categories", DocumentCategory.values());
		return "clients/documents";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('CLIENT_DOCUMENT_WRITE')")
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) DocumentCategory category, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect) throws IOException {
		this.clients.requireInScope(user, id);
		try {
			if (file != null && file.getSize() > ClientDocuments.MAX_BYTES) {
				throw new ClientRuleException("file", "client.document.tooLarge");
			}
			this.documents.upload(user, id, category, (file != null) ? file.getOriginalFilename() : null, note,
					(file != null) ? file.getBytes() : null);
			redirect.addFlashAttribute("flashSuccess", "client.document.uploaded.flash");
			return "redirect:/clients/" + id + "/documents";
		}
		catch (ClientRuleException ex) {
			model.addAttribute("uploadErrors", ex.problems().stream().map(FieldProblem::messageKey).toList());
			model.addAttribute("chosenCategory", category);
			model.addAttribute("note", note);
			return list(user, id, model);
		}
	}

	@GetMapping("/{documentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long documentId) {
		ClientDocuments.Download document = this.documents.download(user, id, documentId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(document.content());
	}

}
