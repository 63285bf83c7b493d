package com.custodia.risk.web;

import com.custodia.clients.ClientRuleException;
import com.custodia.risk.Product;
import com.custodia.risk.ProductCatalogue;
import com.custodia.risk.ProductRisk;
import com.custodia.risk.ProductType;
import com.custodia.security.CurrentUser;
import com.custodia.web.FormBinding;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The product catalogue: everyone who recommends or reviews reads it; the risk officer keeps it. */
@Controller
@RequestMapping("/risk/products")
class ProductController {

	private final ProductCatalogue catalogue;

	ProductController(ProductCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("productTypes", ProductType.values());
		model.addAttribute("ratings", ProductRisk.values());
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean withdrawn, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("page", this.catalogue.page(withdrawn,
				PageRequest.of(Math.max(0, Math.min(page, 50_000)), 50)));
		model.addAttribute("withdrawn", withdrawn);
		return "risk/products";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('PRODUCT_ADMIN')")
	String newForm(Model model) {
		model.addAttribute("form", new ProductForm());
		return "risk/product-form";
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('PRODUCT_ADMIN')")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ProductForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.catalogue.create(user, form.toDetails());
				redirect.addFlashAttribute("flashSuccess", "risk.product.saved");
				return "redirect:/risk/products";
			}
			catch (ClientRuleException ex) {
				FormBinding.reject(result, ex.problems());
			}
		}
		return "risk/product-form";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('PRODUCT_ADMIN')")
	String editForm(@PathVariable long id, Model model) {
		Product product = this.catalogue.get(id);
		model.addAttribute("product", product);
		model.addAttribute("form", ProductForm.of(product));
		return "risk/product-form";
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('PRODUCT_ADMIN')")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") ProductForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.catalogue.update(user, id, form.getVersion(), form.toDetails());
				redirect.addFlashAttribute("flashSuccess", "risk.product.saved");
				return "redirect:/risk/products";
			}
			catch (ClientRuleException ex) {
				FormBinding.reject(result, ex.problems());
			}
		}
		model.addAttribute("product", this.catalogue.get(id));
		return "risk/product-form";
	}

	@PostMapping("/{id}/withdrawn")
	@PreAuthorize("hasAuthority('PRODUCT_ADMIN')")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam boolean withdrawn, RedirectAttributes redirect) {
		this.catalogue.setWithdrawn(user, id, version, withdrawn);
		redirect.addFlashAttribute("flashSuccess", withdrawn ? "risk.product.withdrawnDone" : "risk.product.reinstated");
		return "redirect:/risk/products";
	}

}
