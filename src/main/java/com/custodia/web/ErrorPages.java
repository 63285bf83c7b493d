package com.custodia.web;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the exceptions a user can cause into the bilingual error pages: a missing or out-of-scope record or a
 * malformed URL is a 404, a stale edit a 409. Access denied (403) and anything unforeseen (500) reach the same
 * templates through Spring Boot's error controller; none of them shows a stack trace.
 */
@ControllerAdvice
class ErrorPages {

	private final LayoutModel layout;

	ErrorPages(LayoutModel layout) {
		this.layout = layout;
	}

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	@ExceptionHandler({ RecordNotFoundException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class, org.springframework.beans.InvalidPropertyException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Exception exception, HttpServletRequest request, Model model) {
		log.debug("Answered 404: {}", exception.getMessage());
		this.layout.populate(model, request);
		return "error/404";
	}

	/** An upload above the server's limit (see spring.servlet.multipart): a page that says so, and a way back. */
	@ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	String tooLarge(Exception exception, HttpServletRequest request, Model model) {
		log.info("Refused an upload: {}", exception.getMessage());
		String uri = request.getRequestURI();
		model.addAttribute("backUrl", uri.startsWith("/") && !uri.startsWith("//") ? uri : "/");
		this.layout.populate(model, request);
		return "error/413";
	}

	@ExceptionHandler({ StaleRecordException.class, OptimisticLockingFailureException.class,
			org.springframework.dao.DuplicateKeyException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String stale(Exception exception, HttpServletRequest request, Model model) {
		log.info("Refused a stale edit: {}", exception.getMessage());
		// Edit forms are served at the URL they post to, so reloading it shows the record as it is now.
		model.addAttribute("reloadUrl", request.getRequestURI());
		this.layout.populate(model, request);
		return "error/409";
	}

}
