package com.custodia.ledger.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.ledger.Currency;
import com.custodia.ledger.LedgerSettings;
import com.custodia.security.CurrentUser;
import com.custodia.web.Amounts;
import com.custodia.web.FieldProblem;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ledger's admin pages: the thresholds ({@code SETTINGS_ADMIN}) and the exchange rates ({@code FX_RATE_ADMIN}).
 * What was typed comes back with the problems next to it.
 */
@Controller
class LedgerSettingsController {

	private final LedgerSettings settings;

	private final ClientService clients;

	LedgerSettingsController(LedgerSettings settings, ClientService clients) {
		this.settings = settings;
		this.clients = clients;
	}

	@GetMapping("/ledger/settings")
	@PreAuthorize("hasAuthority('SETTINGS_ADMIN')")
	String settingsPage(Model model) {
		LedgerSettings.Thresholds current = this.settings.thresholds();
		Map<String, String> values = new LinkedHashMap<>();
		values.put("approvalThreshold", current.approvalThreshold().setScale(2).toPlainString());
		values.put("largeMovement", current.alerts().largeMovement().setScale(2).toPlainString());
		values.put("withdrawalsPerDay", String.valueOf(current.alerts().withdrawalsPerDay()));
		values.put("shareOfAssets", current.alerts().shareOfAssets().movePointRight(2).stripTrailingZeros().toPlainString());
		model.addAttribute("values", values);
		model.addAttribute("version", current.version());
		model.addAttribute("problems", Map.of());
		return "ledger/settings";
	}

	@PostMapping("/ledger/settings")
	@PreAuthorize("hasAuthority('SETTINGS_ADMIN')")
	String saveSettings(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> values,
			@RequestParam long version, Model model, RedirectAttributes redirect) {
		Map<String, FieldProblem> problems = new LinkedHashMap<>();
		BigDecimal approval = amount(values.get("approvalThreshold"), "approvalThreshold", problems);
		BigDecimal large = amount(values.get("largeMovement"), "largeMovement", problems);
		BigDecimal share = amount(values.get("shareOfAssets"), "shareOfAssets", problems);
		Integer perDay = null;
		String typed = values.getOrDefault("withdrawalsPerDay", "").strip();
		if (typed.matches("[0-9]{1,4}")) {
			perDay = Integer.valueOf(typed);
		}
		if (problems.isEmpty()) {
			try {
				this.settings.updateThresholds(user, version, approval, large, perDay, share);
				redirect.addFlashAttribute("flashSuccess", "ledger.settings.saved");
				return "redirect:/ledger/settings";
			}
			catch (ClientRuleException ex) {
				ex.problems().forEach((problem) -> problems.putIfAbsent(problem.field(), problem));
			}
		}
		model.addAttribute("values", values);
		model.addAttribute("version", version);
		model.addAttribute("problems", problems);
		return "ledger/settings";
	}

	@GetMapping("/ledger/rates")
	@PreAuthorize("hasAuthority('FX_RATE_ADMIN')")
	String rates(Model model) {
		return ratesPage(null, null, null, Map.of(), model);
	}

	@PostMapping("/ledger/rates")
	@PreAuthorize("hasAuthority('FX_RATE_ADMIN')")
	String setRate(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Currency currency,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) String inBase, Model model, RedirectAttributes redirect) {
		Map<String, FieldProblem> problems = new LinkedHashMap<>();
		BigDecimal rate = amount(inBase, "inBase", problems);
		if (problems.isEmpty()) {
			try {
				this.settings.setRate(user, currency, validFrom, rate);
				redirect.addFlashAttribute("flashSuccess", "ledger.rate.saved");
				return "redirect:/ledger/rates";
			}
			catch (ClientRuleException ex) {
				ex.problems().forEach((problem) -> problems.putIfAbsent(problem.field(), problem));
			}
		}
		return ratesPage(currency, validFrom, inBase, problems, model);
	}

	private String ratesPage(Currency currency, LocalDate validFrom, String inBase, Map<String, FieldProblem> problems,
			Model model) {
		model.addAttribute("rates", this.settings.rates());
		model.addAttribute("currencies", new Currency[] { Currency.USD, Currency.HKD, Currency.EUR });
		model.addAttribute("currency", currency);
		model.addAttribute("validFrom", (validFrom != null) ? validFrom : this.clients.today());
		model.addAttribute("inBase", inBase);
		model.addAttribute("problems", problems);
		return "ledger/rates";
	}

	private static BigDecimal amount(String text, String field, Map<String, FieldProblem> problems) {
		try {
			BigDecimal amount = Amounts.parse(text).orElse(null);
			if (amount == null) {
				problems.put(field, new FieldProblem(field, "client.required"));
			}
			return amount;
		}
		catch (IllegalArgumentException ex) {
			problems.put(field, new FieldProblem(field, "ledger.settings.notANumber"));
			return null;
		}
	}

}
