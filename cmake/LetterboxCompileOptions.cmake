# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and sanitizer flags shared by every target of ours (not by Qt or Catch2 headers,
# which are included as system headers).
add_library(letterbox_options INTERFACE)
target_compile_options(letterbox_options INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
target_compile_definitions(letterbox_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_URL_CAST_FROM_STRING)
if(LETTERBOX_SANITIZE)
    target_compile_options(letterbox_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(letterbox_options INTERFACE -fsanitize=address,undefined)
endif()
