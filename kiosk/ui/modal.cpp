// The modal layer: a dialog is a full-screen window on top whose controls own the input.
#include "modal.h"

#include <imgui_internal.h>

namespace vitrine::ui {

void beginModal(Ui& ui, const char* name, ImU32 dim) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  ImGui::SetNextWindowBgAlpha(0.0f);
  // A window of its own, on top of the screen's; the touch layer makes it own the input.
  ImGui::Begin(name, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
  ui.touch.beginModal();
  const ImVec2 o = vp->Pos, size = vp->Size;
  ImGui::GetWindowDrawList()->AddRectFilled(o, ImVec2(o.x + size.x, o.y + size.y), dim);
}

void endModal(Ui& ui) {
  ui.touch.endModal();
  ImGui::End();
}

}  // namespace vitrine::ui
